// The library as stories: each story's versions (one row per stored article) with outlet, publication date
// and capture time; an article opens its stored copy; any two can be chosen for a side-by-side comparison.
import type { LibraryArticle, StoryGroup } from '../../shared/messages';
import { formatTime, plural, safeHref } from '../format';
import { storedCopyHref } from '../library-links';

export function StoryList(props: {
  stories: StoryGroup[];
  chosen: string[];
  onChoose: (id: string, on: boolean) => void;
  onDelete: (article: LibraryArticle) => void;
}) {
  return (
    <div class="stories" data-testid="library-table">
      {props.stories.map((story) => (
        <section key={story.id} class="story" data-testid="story" aria-labelledby={`story-${story.id}`}>
          <h3 id={`story-${story.id}`}>{story.title || 'Untitled story'}</h3>
          <p class="muted small story-meta" data-testid="story-meta">
            {storyLine(story)}
          </p>
          <table class="library">
            <thead>
              <tr>
                <th scope="col" class="choose">
                  <span class="sr-only">Compare</span>
                </th>
                <th scope="col">Article</th>
                <th scope="col" class="col-outlet">
                  Outlet
                </th>
                <th scope="col" class="col-published">
                  Published
                </th>
                <th scope="col" class="col-captured">
                  Captured
                </th>
                <th scope="col" class="col-actions">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {story.articles.map((article) => (
                <Row key={article.id} article={article} {...props} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

/** "3 versions from 3 outlets: A, B, C", and how many of the versions are a page's earlier texts. */
function storyLine(story: StoryGroup): string {
  const earlier = story.versions - story.articles.length;
  const outlets = story.outlets.length;
  return [
    plural(story.versions, 'version'),
    earlier > 0 ? ` (${earlier} an earlier text of a page)` : '',
    outlets > 0 ? ` from ${plural(outlets, 'outlet')}: ${story.outlets.join(', ')}` : '',
  ].join('');
}

function Row({
  article,
  chosen,
  onChoose,
  onDelete,
}: {
  article: LibraryArticle;
  chosen: string[];
  onChoose: (id: string, on: boolean) => void;
  onDelete: (article: LibraryArticle) => void;
}) {
  const live = safeHref(article.url);
  const title = article.title || article.url || 'Untitled article';
  return (
    <tr data-testid="library-row">
      <td class="choose">
        <input
          type="checkbox"
          aria-label={`Choose “${title}” to compare`}
          checked={chosen.includes(article.id)}
          onChange={(e) => onChoose(article.id, (e.target as HTMLInputElement).checked)}
        />
      </td>
      <td>
        <a href={storedCopyHref(article.id)} target="_blank" data-testid="stored-copy-link">
          {title}
        </a>
        {article.partial && <span class="tag small"> cut off</span>}
        {article.texts > 1 && <span class="muted small"> · {plural(article.texts, 'text')} captured</span>}
        {live && (
          <>
            {' '}
            <a class="small live-link" href={live} target="_blank" rel="noopener noreferrer">
              live page ↗
            </a>
          </>
        )}
      </td>
      <td>{article.outlet}</td>
      <td>{formatTime(article.publishedTime, false) || '—'}</td>
      <td>{formatTime(article.capturedAt)}</td>
      <td>
        <button type="button" aria-label={`Delete ${article.title}`} onClick={() => onDelete(article)}>
          Delete
        </button>
      </td>
    </tr>
  );
}
