// The one pipeline every article goes through (a click, automatic capture, a followed feed): stored with
// where it came from, indexed, matched and compared. Real seed stories, a fake IndexedDB, no browser.
import { describe, expect, test, vi } from 'vitest';
import { MatchIndex } from '../../src/core/match';
import { processArticle, storeArticle } from '../../src/background/pipeline';
import { openLibrary } from '../../src/store/library';
import { article, clock, freshFactory, seedArticles } from './store-helpers';

vi.mock('../../src/shared/browser-api', () => ({ browser: {} }));

async function services() {
  return { library: await openLibrary(freshFactory(), { now: clock() }), index: new MatchIndex() };
}

const FEED = 'https://outlet3.example/rss.xml';
const fromFeed = { kind: 'feed', feedUrl: FEED, entryOnly: false } as const;

describe('pipeline', () => {
  test('a followed outlet’s article stored by the poller is a version when the reader clicks another', async () => {
    const s = await services();
    const seeds = seedArticles();
    await storeArticle(s, seeds[3]!, fromFeed);
    const outcome = await processArticle(s, seeds[0]!);
    expect(outcome.versions.map((v) => v.url)).toEqual([seeds[3]!.url]);
    // Only 003 reports that Putin agreed not to attack Kyiv for a week: the reader of 000 is told.
    const missing = outcome.report.missing.map((f) => f.text).join('\n');
    expect(missing).toMatch(/Kyiv/);
    expect(missing).toMatch(/week/);
  });

  test('the source is kept: a feed’s article stays prunable until the reader captures it', async () => {
    const s = await services();
    const seeds = seedArticles();
    const stored = await storeArticle(s, seeds[1]!, fromFeed);
    expect(stored.saved.article.source).toEqual(fromFeed);
    const clicked = await storeArticle(s, seeds[1]!);
    expect(clicked.saved.article.source).toEqual({ kind: 'reader', feedUrl: FEED, entryOnly: false });
    // A later poll seeing it again does not make it the feed's again.
    const polled = await storeArticle(s, seeds[1]!, fromFeed);
    expect(polled.saved.article.source?.kind).toBe('reader');
    // An article the reader captured and no feed carried keeps the shape it always had: no source field.
    expect((await storeArticle(s, seeds[2]!)).saved.article.source).toBeUndefined();
  });

  test('a feed entry (title and summary only) is matched, and gives way to its page’s text without a new version', async () => {
    const s = await services();
    const seeds = seedArticles();
    const url = seeds[3]!.url as string;
    const entry = article(
      [
        'Russia invites Zelenskyy to Moscow for peace talks as US-led efforts intensify',
        'Russia on Thursday said it has sent an invitation for Ukrainian President Volodymyr Zelenskyy to come to Moscow for peace talks; Kremlin spokesman Dmitry Peskov said Moscow had not yet received a response.',
      ],
      url,
    );
    const first = await storeArticle(s, { ...entry, partial: true }, { ...fromFeed, entryOnly: true });
    expect(first.saved.article.source?.entryOnly).toBe(true);
    // Two sentences are too little for the matcher to be sure: listed apart, as possibly the same story.
    const outcome = await processArticle(s, seeds[0]!);
    expect(outcome.related.map((v) => v.url)).toEqual([url]);

    const page = await storeArticle(s, seeds[3]!, fromFeed);
    expect(page.saved.isNewVersion).toBe(false);
    expect(page.saved.replacedEntry).toBe(true);
    expect(page.saved.article.source?.entryOnly).toBe(false);
    expect(page.saved.article.text).toBe(seeds[3]!.text);
    expect(await s.library.getVersions(page.saved.article.id)).toEqual([]);
  });
});
