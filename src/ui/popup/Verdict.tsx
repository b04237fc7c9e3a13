// The verdict for a captured article: what it is, a summary, what differs from its versions, which versions
// were compared, and apart from them the possibly related articles, compared only on the reader's request.
import { useState } from 'preact/hooks';
import { request } from '../../shared/browser-api';
import { ExportButtons } from '../components/ExportButtons';
import { StoryBody } from '../components/StoryBody';
import { useLoad } from '../components/useRequest';
import type { Captured } from '../components/VersionPicker';
import { RelatedList, VersionList } from '../components/VersionList';
import { formatTime, likelihood } from '../format';
import { PartialNotice } from '../components/PartialNotice';

export function Verdict({ outcome }: { outcome: Captured }) {
  const { article, report } = outcome;
  const [picked, setPicked] = useState<string | null>(null);

  return (
    <>
      <section class="this-article" aria-label="This article">
        <h1 class="article-title" data-testid="article-title">
          {article.title || 'Untitled article'}
        </h1>
        <p class="muted small">
          {[article.outlet, formatTime(article.publishedTime, false), article.language?.name]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {outcome.partial && <PartialNotice words={article.words} />}
        {article.language && !article.language.supported && (
          <p class="muted small" role="note" data-testid="language-notice">
            Comparisons in {article.language.name} are approximate: StoryDiff compares its words as written,
            without the stems and stop words it knows for English, German, French, Spanish, Italian,
            Portuguese and Dutch.
          </p>
        )}
      </section>

      {picked ? (
        <OnRequest outcome={outcome} relatedId={picked} onBack={() => setPicked(null)} />
      ) : (
        <>
          {report.versions.length === 0 ? (
            <p class="notice" data-testid="no-versions">
              No other version of this story is in your library yet. This article is saved: StoryDiff will
              compare it with the next version you read.
            </p>
          ) : (
            <>
              <StoryBody report={report} />
              <VersionList versions={report.versions} compared={report.compared} />
            </>
          )}
          <RelatedList related={report.related} onCompare={setPicked} />
          {report.versions.length > 0 && <ExportButtons report={report} />}
        </>
      )}
    </>
  );
}

/** A possibly related article compared because the reader asked, said to be perhaps another story. */
function OnRequest(props: { outcome: Captured; relatedId: string; onBack: () => void }) {
  const { outcome, relatedId, onBack } = props;
  const other = outcome.related.find((v) => v.id === relatedId);
  // The report builder (and the text analysis it carries) loads only when a reader asks for this: the
  // popup's first draw does not wait for code it rarely needs.
  const comparison = useLoad(async () => {
    const [{ reportOfComparison }, value] = await Promise.all([
      import('../../core/story'),
      request('compareArticles', { baseId: outcome.article.id, otherId: relatedId }),
    ]);
    return other ? reportOfComparison(outcome.article, other, value) : null;
  }, [relatedId]);
  return (
    <div data-testid="compared-on-request">
      <button type="button" class="small" onClick={onBack}>
        ← Back to the versions
      </button>
      <p class="notice small">
        Compared on your request with “{other?.title || other?.outlet}” ({other && likelihood(other)}): it may
        be another story, so what it reports is not necessarily missing here.
      </p>
      {comparison.phase === 'loading' && <p class="muted">Comparing…</p>}
      {comparison.phase === 'failed' && <p role="alert">{comparison.message}</p>}
      {comparison.phase === 'done' && comparison.value && <StoryBody report={comparison.value} />}
    </div>
  );
}
