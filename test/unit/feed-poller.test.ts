// The poller against outlets on 127.0.0.1: articles stored from their pages with where they came from,
// conditional requests, no cookies, and each way a server misbehaves handled without storing garbage.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MatchIndex } from '../../src/core/match';
import { FetchProblem, politeFetch } from '../../src/background/feeds/fetcher';
import { pollRound, type PollDeps } from '../../src/background/feeds/poller';
import { readPage } from '../../src/background/feeds/read-page';
import { articleOf } from '../../src/background/services';
import { openLibrary } from '../../src/store/library';
import type { FeedRecord } from '../../src/store/schema';
import { articlePage, elsewhere, seedStories, startOutlet, type Outlet } from '../feed-server';
import { recheckRound, scheduleRecheck } from '../../src/background/feeds/recheck';
import { storeArticle } from '../../src/background/pipeline';
import { clock, freshFactory } from './store-helpers';

vi.mock('../../src/shared/browser-api', () => ({ browser: {} }));

const outlets: Outlet[] = [];
afterEach(async () => {
  await Promise.all(outlets.splice(0).map((o) => o.close()));
});

async function outlet(name: string, format: 'rss' | 'atom' | 'json', stories = seedStories().slice(0, 2)) {
  const o = await startOutlet({ name, format, stories });
  outlets.push(o);
  return o;
}

function feedRecord(url: string): FeedRecord {
  return {
    url,
    title: '',
    siteUrl: null,
    addedAt: '2026-01-29T00:00:00.000Z',
    etag: null,
    lastModified: null,
    failures: 0,
    nextPollAt: '2026-01-29T00:00:00.000Z',
    lastPolledAt: null,
    lastError: null,
    seen: [],
  };
}

async function setup(feeds: string[], granted = (_url: string) => true) {
  const services = { library: await openLibrary(freshFactory(), { now: clock() }), index: new MatchIndex() };
  for (const url of feeds) await services.library.putFeed(feedRecord(url));
  let t = Date.parse('2026-01-29T12:00:00Z');
  const deps: PollDeps = {
    services,
    now: () => t,
    allowed: async (url) => granted(url),
    readPage,
    intervalMs: 30 * 60_000,
    limits: {
      feed: { timeoutMs: 1_000, maxBytes: 2 * 2 ** 20 },
      page: { timeoutMs: 1_000, maxBytes: 2 * 2 ** 20 },
    },
  };
  return { services, deps, advance: (ms: number) => (t += ms) };
}

describe('pollRound', () => {
  test('two outlets’ new items are read from their pages and stored with their feed, without cookies', async () => {
    const [rss, json] = [
      await outlet('Wire', 'rss'),
      await outlet('Asia Times', 'json', seedStories().slice(2, 4)),
    ];
    const { services, deps } = await setup([rss.feedUrl, json.feedUrl]);
    const report = await pollRound(deps);
    expect(report).toMatchObject({ feeds: 2, stored: 4, entries: 0, failed: [] });
    const articles = await services.library.listArticles();
    expect(articles).toHaveLength(4);
    const fromRss = articles.filter((a) => a.source?.feedUrl === rss.feedUrl);
    expect(fromRss.map((a) => a.url).sort()).toEqual(
      rss.stories.map((s) => `${rss.base}/world/${s.slug}.html`).sort(),
    );
    expect(fromRss.every((a) => a.source?.kind === 'feed' && !a.source.entryOnly)).toBe(true);
    // The page's text, not the feed's summary.
    expect(fromRss[0]!.text.length).toBeGreaterThan(1500);
    expect(fromRss[0]!.siteName).toBe('Wire');
    // Every request went to a followed host and none carried the cookie the outlets tried to set.
    for (const o of [rss, json]) for (const r of o.requests) expect(r.headers.cookie).toBeUndefined();
    expect(services.index.size).toBe(4);
  });

  test('the next round asks conditionally, gets 304, and fetches no page again', async () => {
    const rss = await outlet('Wire', 'rss');
    const { deps, advance } = await setup([rss.feedUrl]);
    await pollRound(deps);
    const before = rss.requests.length;
    advance(31 * 60_000);
    const again = await pollRound(deps);
    expect(again).toMatchObject({ feeds: 1, requests: 1, stored: 0 });
    const last = rss.requests.at(-1)!;
    expect(last.headers['if-none-match']).toBeTruthy();
    expect(rss.requests.length).toBe(before + 1);
  });

  test('a feed not yet due is not asked; an item already seen is not fetched again when the feed changes', async () => {
    const rss = await outlet('Wire', 'rss');
    const { deps, advance } = await setup([rss.feedUrl]);
    await pollRound(deps);
    advance(10 * 60_000);
    expect((await pollRound(deps)).feeds).toBe(0);
    rss.stories.push({ ...seedStories()[4]! });
    advance(30 * 60_000);
    const report = await pollRound(deps);
    expect(report).toMatchObject({ requests: 2, stored: 1 });
  });

  test('an item whose page cannot be read is kept as a feed entry, still searchable', async () => {
    const rss = await outlet('Wire', 'rss');
    rss.stories.push({
      slug: 'gone',
      title: 'Abu Dhabi talks resume',
      paragraphs: ['Negotiators met again on Saturday in Abu Dhabi.'],
    });
    const { services, deps } = await setup([rss.feedUrl]);
    // The page of "gone" answers 404.
    const report = await pollRound({
      ...deps,
      fetchImpl: (input, init) => {
        const url = String(input);
        return url.endsWith('/world/gone.html')
          ? Promise.resolve(new Response('nope', { status: 404 }))
          : fetch(input, init);
      },
    });
    expect(report).toMatchObject({ stored: 2, entries: 1 });
    const [entry] = await services.library.listArticles({ search: 'Abu Dhabi talks resume' });
    expect(entry?.source).toEqual({ kind: 'feed', feedUrl: rss.feedUrl, entryOnly: true });
    expect(entry?.text).toBe('Negotiators met again on Saturday in Abu Dhabi.');
    expect(entry?.partial).toBe(true);
  });

  test('pages on hosts the reader did not grant are never requested: kept as entries', async () => {
    const rss = await outlet('Wire', 'rss');
    const { deps } = await setup([rss.feedUrl], (url) => url === rss.feedUrl);
    const report = await pollRound(deps);
    expect(report).toMatchObject({ stored: 0, entries: 2 });
    expect(rss.requests.map((r) => r.path)).toEqual(['/feed.xml']);
  });

  test('an unfollowed feed is asked nothing', async () => {
    const rss = await outlet('Wire', 'rss');
    const { services, deps } = await setup([rss.feedUrl]);
    await services.library.deleteFeed(rss.feedUrl);
    expect((await pollRound(deps, { force: true })).feeds).toBe(0);
    expect(rss.requests).toEqual([]);
  });

  describe('misbehaving servers', () => {
    const cases: [Outlet['mode'], RegExp, number][] = [
      ['500', /HTTP 500/, 60],
      ['429', /asked StoryDiff to wait/, 120],
      ['slow', /too long/, 60],
      ['malformed', /malformed/, 60],
      ['huge', /too large/, 60],
      ['redirect-loop', /could not be reached/, 60],
      ['html', /not a feed/, 60],
    ];
    for (const [mode, reason, waitMinutes] of cases) {
      test(`${mode}: nothing stored, the reason kept, the feed left alone for a while`, async () => {
        const rss = await outlet('Wire', 'rss');
        rss.mode = mode;
        const { services, deps } = await setup([rss.feedUrl], (url) => url.startsWith(rss.base));
        const report = await pollRound(deps);
        expect(report.failed).toHaveLength(1);
        const feed = (await services.library.getFeed(rss.feedUrl))!;
        expect(feed.lastError).toMatch(reason);
        expect(feed.failures).toBe(1);
        const wait = (Date.parse(feed.nextPollAt) - Date.parse(feed.lastPolledAt!)) / 60_000;
        // 429 says Retry-After: 7200 (two hours); the others back off to twice the interval.
        expect(wait).toBe(waitMinutes);
        expect(await services.library.listArticles()).toEqual([]);
      });
    }
  });
});

test('a feed redirected to a host the reader did not choose is refused: nothing from there is stored', async () => {
  const [chosen, other] = [await outlet('Wire', 'rss'), await outlet('Elsewhere', 'rss')];
  chosen.mode = 'redirect-away';
  elsewhere.url = other.feedUrl;
  const { services, deps } = await setup([chosen.feedUrl], (url) => url.startsWith(chosen.base));
  await pollRound(deps);
  expect((await services.library.getFeed(chosen.feedUrl))?.lastError).toMatch(
    /redirected to 127\.0\.0\.1:\d+, which you have not chosen/,
  );
  expect(await services.library.listArticles()).toEqual([]);
  // No page of the other host was asked for: only the redirected feed request reached it.
  expect(other.requests.map((r) => r.path)).toEqual(['/feed.xml']);
});

describe('politeFetch', () => {
  test('a redirect loop ends in a bounded number of requests', async () => {
    const rss = await outlet('Wire', 'rss');
    rss.mode = 'redirect-loop';
    await expect(
      politeFetch(rss.feedUrl, { limits: { timeoutMs: 5_000, maxBytes: 1_000 }, allowed: () => true }),
    ).rejects.toThrow(FetchProblem);
    expect(rss.requests.length).toBeLessThanOrEqual(21);
  });
});

test('after a round, feed articles past the age limit are pruned; what the reader captured stays', async () => {
  const rss = await outlet('Wire', 'rss');
  const { services, deps } = await setup([rss.feedUrl]);
  await pollRound(deps);
  const [read] = await services.library.listArticles();
  // The reader opens one of them: it is theirs now.
  await services.library.saveCapture(articleOf(read!));
  // Three weeks later (the library's clock stored them on 30 January).
  const report = await pollRound({ ...deps, now: () => Date.parse('2026-02-20T12:00:00Z') });
  expect(report.pruned).toBe(1);
  const left = await services.library.listArticles();
  expect(left.map((a) => a.id)).toEqual([read!.id]);
  expect(services.index.has(read!.id)).toBe(true);
  expect(services.index.size).toBe(1);
});

test('an article the reader read is re-checked on schedule; an edit is found and kept as a new version', async () => {
  const rss = await outlet('Wire', 'rss');
  const { services, deps } = await setup([]);
  const story = rss.stories[0]!;
  const url = `${rss.base}/world/${story.slug}.html`;
  const page = readPage(articlePage(story, 'Wire', url), url);
  if (!page.ok) throw new Error(page.message);
  const { saved } = await storeArticle(services, page.article);
  const readAt = Date.parse('2026-01-29T12:00:00Z');
  await scheduleRecheck(services.library, saved.article.id, readAt);

  // Not yet due: nothing asked.
  expect(await recheckRound({ ...deps, now: () => readAt + 10 * 60_000 })).toEqual([]);
  expect(rss.requests).toEqual([]);
  // Due, unchanged: asked once, no change, next check 2 h after reading.
  expect(await recheckRound({ ...deps, now: () => readAt + 31 * 60_000 })).toEqual([]);
  expect(rss.requests).toHaveLength(1);
  let state = (await services.library.getArticle(saved.article.id))!.recheck!;
  expect(state).toMatchObject({ done: 1, nextAt: '2026-01-29T14:00:00.000Z' });

  // The outlet edits the article: the next check finds it.
  rss.edit(story.slug, [
    ...story.paragraphs,
    'Update: the Kremlin later said the invitation stands until March.',
  ]);
  const changed = await recheckRound({ ...deps, now: () => readAt + 2 * 3_600_000 + 1 });
  expect(changed).toHaveLength(1);
  expect(changed[0]).toMatchObject({
    id: saved.article.id,
    readId: `${saved.article.id}@${saved.article.contentHash}`,
  });
  const stored = (await services.library.getArticle(saved.article.id))!;
  expect(stored.text).toContain('the invitation stands until March');
  expect(await services.library.getVersions(saved.article.id)).toHaveLength(1);
  state = stored.recheck!;
  expect(state).toMatchObject({ done: 2, nextAt: '2026-01-29T18:00:00.000Z' });

  // After the 7-day check the schedule ends.
  await services.library.setRecheck(saved.article.id, {
    ...state,
    done: 5,
    nextAt: '2026-02-05T12:00:00.000Z',
  });
  await recheckRound({ ...deps, now: () => readAt + 8 * 86_400_000 });
  expect((await services.library.getArticle(saved.article.id))!.recheck).toMatchObject({
    done: 6,
    nextAt: null,
  });
});

test('a re-check is not made on a site the reader did not grant', async () => {
  const rss = await outlet('Wire', 'rss');
  const { services, deps } = await setup([], () => false);
  const story = rss.stories[0]!;
  const url = `${rss.base}/world/${story.slug}.html`;
  const page = readPage(articlePage(story, 'Wire', url), url);
  if (!page.ok) throw new Error(page.message);
  const { saved } = await storeArticle(services, page.article);
  await scheduleRecheck(services.library, saved.article.id, Date.parse('2026-01-29T12:00:00Z'));
  expect(await recheckRound({ ...deps, now: () => Date.parse('2026-01-30T12:00:00Z') })).toEqual([]);
  expect(rss.requests).toEqual([]);
});
