// The options page's library at any size: a page of the most recent articles grouped by story, each story
// with all its versions (older ones too), and "more" while older articles are left; a stored copy names the
// other versions of its story. Real seed and ECB+ texts in the worker's own handlers over fake IndexedDB.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadEcb } from '../../../bench/match-data';
import { openLibrary } from '../../store/library';
import { article, clock, seedArticles } from '../../../test/unit/store-helpers';
import { libraryRestored } from './library';
import { getStoredCopy, listStories } from './stories';

describe('listStories', async () => {
  const page = await openLibrary(indexedDB, { now: clock() });
  // The five seed versions first (oldest captures), then twelve articles of other stories.
  for (const a of seedArticles()) await page.saveCapture(a);
  const others = loadEcb()
    .filter((e) => /^(3|6|9)_/.test(e.id))
    .slice(0, 12);
  for (const e of others)
    await page.saveCapture(article(e.text.split('\n'), `https://other.example/${e.id}`));
  await libraryRestored();

  it('groups only a page of the newest articles, says more are left, and shows them when asked', async () => {
    const first = await listStories({ articles: 12 });
    expect(first.more).toBe(true);
    const ids = first.stories.flatMap((s) => s.articles.map((a) => a.id));
    expect(ids.some((id) => id.includes('outlet'))).toBe(false);
    const all = await listStories({ articles: 200 });
    expect(all.more).toBe(false);
    const kremlin = all.stories.filter((s) => s.articles.some((a) => a.id.includes('outlet')));
    expect(kremlin).toHaveLength(1);
    expect(kremlin[0]?.articles).toHaveLength(5);
  });

  it('gives a story on the page all its versions, even those captured before the page begins', async () => {
    // The newest seed alone is on the page; its four older versions come with it.
    const { stories } = await listStories({ articles: 13 });
    const kremlin = stories.find((s) => s.articles.some((a) => a.id.includes('outlet')));
    expect(kremlin?.articles).toHaveLength(5);
    expect(kremlin?.outlets).toHaveLength(5);
  });

  it('names the other versions of a stored copy’s story', async () => {
    const { stories } = await listStories({ articles: 200 });
    const kremlin = stories.find((s) => s.articles.some((a) => a.id.includes('outlet')));
    const one = kremlin?.articles[0]?.id as string;
    const copy = await getStoredCopy({ id: one });
    expect(copy.story.map((a) => a.id).sort()).toEqual(
      (kremlin?.articles ?? [])
        .map((a) => a.id)
        .filter((id) => id !== one)
        .sort(),
    );
  });
});
