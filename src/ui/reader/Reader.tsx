// The reading view of a stored article: the text StoryDiff captured, as it was then, with its outlet, dates
// and address, its earlier texts, and the other versions of its story to compare it with.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryArticle, StoredCopy } from '../../shared/messages';
import { request } from '../../shared/browser-api';
import { PartialNotice } from '../components/PartialNotice';
import { useLoad } from '../components/useRequest';
import { formatTime, plural, safeHref } from '../format';
import { compareHref, pageParam, storedCopyHref } from '../library-links';
import { StoredText } from './StoredText';

export function Reader() {
  const id = pageParam('id');
  const state = useLoad(
    () => (id ? request('getStoredCopy', { id }) : Promise.reject(new Error('No article was named.'))),
    [id],
  );
  if (state.phase === 'loading') return <p class="muted">Loading…</p>;
  if (state.phase === 'failed') return <p role="alert">{state.message}</p>;
  return <Copy copy={state.value} />;
}

function Copy({ copy }: { copy: StoredCopy }) {
  const { article, byline, paragraphs } = copy;
  useEffect(() => void (document.title = `${article.title || 'Article'} · stored copy · StoryDiff`), []);
  const live = safeHref(article.url);
  const isEarlier = article.id !== copy.currentId;
  return (
    <main class="reader">
      <p class="stored-banner small" data-testid="stored-banner">
        Stored copy: the text StoryDiff captured {formatTime(article.capturedAt)}
        {isEarlier ? ', an earlier text of this page' : ''}. The live page may have changed since.
      </p>
      <article>
        <h1 data-testid="stored-title">{article.title || 'Untitled article'}</h1>
        <p class="muted">
          {[article.outlet, byline, formatTime(article.publishedTime, false)].filter(Boolean).join(' · ')}
        </p>
        {article.partial && <PartialNotice words={article.words} />}
        <StoredText paragraphs={paragraphs} />
      </article>
      <footer class="reader-footer">
        {live && (
          <p class="small">
            Captured from{' '}
            <a href={live} target="_blank" rel="noopener noreferrer">
              {live}
            </a>{' '}
            (the live page).
          </p>
        )}
        <Earlier copy={copy} />
        <CompareWith id={article.id} story={copy.story} />
      </footer>
    </main>
  );
}

function Earlier({ copy }: { copy: StoredCopy }) {
  if (copy.earlier.length === 0) return null;
  const texts = [...copy.earlier, { id: copy.currentId, capturedAt: '', title: 'Latest text' }];
  return (
    <section aria-labelledby="earlier-heading">
      <h2 id="earlier-heading">{plural(texts.length, 'text')} of this page captured</h2>
      <ul>
        {texts.map((text) => (
          <li key={text.id}>
            {text.id === copy.article.id ? (
              <strong>{text.capturedAt ? formatTime(text.capturedAt) : text.title} (shown)</strong>
            ) : (
              <a href={storedCopyHref(text.id)}>
                {text.capturedAt ? formatTime(text.capturedAt) : text.title}
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CompareWith({ id, story }: { id: string; story: LibraryArticle[] }) {
  const [other, setOther] = useState(story[0]?.id ?? '');
  if (story.length === 0)
    return <p class="muted small">No other version of this story is in your library.</p>;
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare with another version of this story</h2>
      <select
        aria-label="Version to compare with"
        value={other}
        onChange={(e) => setOther((e.target as HTMLSelectElement).value)}
      >
        {story.map((a) => (
          <option key={a.id} value={a.id}>
            {[a.outlet, formatTime(a.publishedTime, false), a.title].filter(Boolean).join(' · ')}
          </option>
        ))}
      </select>{' '}
      <a class="button-like" href={compareHref(id, other)} data-testid="compare-link">
        Side by side
      </a>
    </section>
  );
}
