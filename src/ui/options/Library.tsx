// The reader's library, grouped by story: search, open a stored copy, compare two articles, delete, back up,
// restore, clear.
import { useState } from 'preact/hooks';
import { request } from '../../shared/browser-api';
import { useLoad } from '../components/useRequest';
import { download } from '../download';
import { plural } from '../format';
import { compareHref } from '../library-links';
import { StoryList } from './StoryList';
import { backUp, restore } from './backup';
import { Damaged } from './Damaged';

/** Articles grouped per page of the library; "Show older articles" adds as many again. */
const STORIES_PAGE = 200;

export function Library() {
  const [search, setSearch] = useState('');
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState('');
  const [indexing, setIndexing] = useState('');
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [shown, setShown] = useState(STORIES_PAGE);
  const list = useLoad(
    () => request('listStories', search ? { search, articles: shown } : { articles: shown }),
    [search, version, shown],
  );
  // Two articles at most: choosing a third lets go of the first chosen.
  const choose = (id: string, on: boolean) =>
    setChosen(on ? [...chosen.filter((c) => c !== id), id].slice(-2) : chosen.filter((c) => c !== id));
  const refresh = (message: string) => {
    setStatus(message);
    setVersion(version + 1);
  };

  async function run(action: () => Promise<string>) {
    try {
      refresh(await action());
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  async function importFile(file: File) {
    await run(async () => {
      const report = await restore(
        file,
        (done) => setStatus(`Restoring… ${done.toLocaleString()} records read.`),
        (indexed, done) =>
          setIndexing(
            done ? '' : `Preparing restored articles for matching… ${indexed.toLocaleString()} so far.`,
          ),
      );
      const errors = report.errors.map(
        (e) => `${e.store === 'articles' ? 'article' : 'version'} ${e.index + 1}: ${e.reason}`,
      );
      const problems = errors.length > 0 ? ` Not imported: ${errors.join('; ')}` : '';
      return `Imported ${plural(report.added, 'article')}; ${report.skipped} already in your library.${problems}`;
    });
  }

  return (
    <section aria-labelledby="library-heading">
      <h2 id="library-heading">Your library</h2>
      <div class="library-tools">
        <input
          type="search"
          placeholder="Search titles, outlets, addresses"
          aria-label="Search the library"
          value={search}
          onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          data-testid="export-backup"
          onClick={() =>
            void run(async () => {
              const backup = await backUp((done, total) =>
                setStatus(`Backing up… ${done.toLocaleString()} of ${total.toLocaleString()} records.`),
              );
              download(
                `storydiff-library-${new Date().toISOString().slice(0, 10)}.json`,
                backup.file,
                'application/json',
              );
              return `Backed up ${plural(backup.count, 'record')}.`;
            })
          }
        >
          Back up library
        </button>
        <label class="button-like">
          Restore from backup…
          <input
            type="file"
            accept="application/json,.json"
            class="sr-only"
            data-testid="import-backup"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
        {confirmingClear ? (
          <span class="confirm" role="group" aria-label="Confirm clearing the library">
            Delete every article? This cannot be undone.{' '}
            <button
              type="button"
              class="danger"
              autoFocus
              onClick={() => {
                setConfirmingClear(false);
                void run(
                  async () => `Deleted ${plural((await request('clearLibrary', {})).cleared, 'article')}.`,
                );
              }}
            >
              Delete all
            </button>{' '}
            <button type="button" onClick={() => setConfirmingClear(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirmingClear(true)}>
            Clear all…
          </button>
        )}
      </div>
      <p role="status" class="small" data-testid="library-status">
        {status}
      </p>
      {indexing && (
        <p class="small muted" data-testid="library-indexing">
          {indexing}
        </p>
      )}
      <Damaged version={version} />
      {list.phase === 'failed' && <p role="alert">{list.message}</p>}
      {list.phase === 'done' && list.value.stories.length === 0 && (
        <p class="muted">
          {search
            ? 'No article matches your search.'
            : 'Your library is empty. Click the StoryDiff icon on a news article to add it.'}
        </p>
      )}
      {list.phase === 'done' && list.value.stories.length > 0 && (
        <>
          <div class="compare-bar" role="group" aria-label="Compare two articles">
            {chosen.length === 2 ? (
              <a
                class="button-like primary"
                href={compareHref(chosen[0] as string, chosen[1] as string)}
                target="_blank"
                data-testid="compare-chosen"
              >
                Compare the two chosen side by side
              </a>
            ) : (
              <span class="muted small">
                Choose two articles (the boxes on the left) to compare them side by side
                {chosen.length === 1 ? ': one chosen' : ''}.
              </span>
            )}
          </div>
          <StoryList
            stories={list.value.stories}
            chosen={chosen}
            onChoose={choose}
            onDelete={(article) =>
              void run(async () => {
                await request('deleteArticle', { id: article.id });
                setChosen(chosen.filter((c) => c !== article.id));
                return `Deleted “${article.title}”.`;
              })
            }
          />
          {list.value.more && (
            <button type="button" data-testid="show-older" onClick={() => setShown(shown + STORIES_PAGE)}>
              Show older articles
            </button>
          )}
        </>
      )}
    </section>
  );
}
