// Any two stored articles side by side, as in a diff tool: the side panel's aligned view (reused, not copied),
// with each side's outlet, date and stored copy named above it.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryArticle } from '../../shared/messages';
import { request } from '../../shared/browser-api';
import { PartialNotice } from '../components/PartialNotice';
import { useLoad } from '../components/useRequest';
import { formatTime, percent } from '../format';
import { compareHref, pageParam, storedCopyHref } from '../library-links';
import { SideBySide } from '../sidepanel/SideBySide';
import { DifferencesOnly } from '../components/DifferencesOnly';

async function load(base: string | null, other: string | null) {
  if (!base || !other) throw new Error('Choose two articles of your library to compare.');
  const [comparison, left, right] = await Promise.all([
    request('compareArticles', { baseId: base, otherId: other }),
    request('getStoredCopy', { id: base }),
    request('getStoredCopy', { id: other }),
  ]);
  return { comparison, left: left.article, right: right.article };
}

export function Compare() {
  const [base, other] = [pageParam('base'), pageParam('other')];
  const state = useLoad(() => load(base, other), [base, other]);
  const [differencesOnly, setDifferencesOnly] = useState(false);
  useEffect(() => {
    if (state.phase === 'done')
      document.title = `${state.value.left.outlet} / ${state.value.right.outlet} · StoryDiff`;
  }, [state.phase]);
  if (state.phase === 'loading') return <p class="muted pad">Comparing…</p>;
  if (state.phase === 'failed')
    return (
      <p role="alert" class="pad">
        {state.message}
      </p>
    );
  const { comparison, left, right } = state.value;
  return (
    <main class="compare pad">
      <div class="compare-heads">
        <Side article={left} label="Left" />
        <Side article={right} label="Right" />
      </div>
      <div class="toolbar">
        <span class="muted small" data-testid="similarity">
          {comparison.match.sameUrl
            ? 'Two captures of the same page'
            : `${percent(comparison.match.score)} match${comparison.match.sameStory ? '' : ' · these may not be the same story'}`}
        </span>
        <DifferencesOnly checked={differencesOnly} onChange={setDifferencesOnly} />
        {base && other && <a href={compareHref(other, base)}>Swap sides</a>}
      </div>
      <p class="muted small legend">
        Read from the left: “only here” is only in {left.outlet}; “missing here” is what only {right.outlet}{' '}
        reports.
      </p>
      <SideBySide
        comparison={comparison}
        differencesOnly={differencesOnly}
        baseLabel={left.outlet}
        otherLabel={right.outlet}
        edit={left.url !== null && left.url === right.url}
      />
    </main>
  );
}

function Side({ article, label }: { article: LibraryArticle; label: string }) {
  return (
    <section class="compare-head" aria-label={`${label}: ${article.outlet}`}>
      <h1>
        <a href={storedCopyHref(article.id)}>{article.title || 'Untitled article'}</a>
      </h1>
      <p class="muted small">
        {[article.outlet, formatTime(article.publishedTime, false)].filter(Boolean).join(' · ')}
      </p>
      {article.partial && <PartialNotice words={article.words} />}
    </section>
  );
}
