// One polling round: every followed feed that is due is asked (conditionally), its new items' pages are
// fetched and read with the same core as a click, and each goes through the one pipeline. An item whose
// page cannot be read is kept as a feed entry (title, summary, link, date). Browser APIs come in as deps.
import {
  FeedError,
  afterPoll,
  conditionalHeaders,
  decodeFeed,
  decodePage,
  readFeed,
  toPrune,
  type PruneLimits,
} from '../../core/feed';
import type { FeedItem, PollResult } from '../../core/feed';
import type { Article, ExtractResult } from '../../core/model';
import type { FeedRecord } from '../../store/schema';
import type { PollReport } from '../../shared/messages';
import { storeArticle } from '../pipeline';
import type { Services } from '../services';
import {
  FEED_LIMITS,
  FetchProblem,
  PAGE_LIMITS,
  politeFetch,
  type FetchImpl,
  type FetchLimits,
} from './fetcher';
import { HostQueue } from './hosts';

/** What a round needs from the world. */
export interface PollDeps {
  services: Services;
  /** The clock (ms). */
  now: () => number;
  /** Whether the reader granted access to this address's origin. */
  allowed: (url: string) => Promise<boolean>;
  /** Reads a page's HTML into an Article, as a click would. */
  readPage: (html: string, url: string) => ExtractResult;
  /** The poll interval the reader chose (ms). */
  intervalMs: number;
  fetchImpl?: FetchImpl;
  limits?: { feed: FetchLimits; page: FetchLimits };
  /** Storage limits for articles the reader never opened (core/feed DEFAULT_PRUNE when not given). */
  prune?: PruneLimits;
}

/** How much one round may do: new items fetched per feed, and pages fetched in all. */
export const ITEMS_PER_FEED = 50;
export const PAGES_PER_ROUND = 600;
/** How many item ids a feed remembers (a feed lists far fewer at a time). */
const SEEN_KEPT = 1_000;

/** A feed item kept as what the feed says of it, when its page cannot be read. */
function entryArticle(item: FeedItem, feed: FeedRecord): Article | null {
  const text = item.summary || item.title;
  if (!text) return null;
  return {
    title: item.title,
    byline: item.author,
    siteName: feed.title || null,
    url: item.link,
    canonicalUrl: item.link,
    publishedTime: item.published,
    modifiedTime: null,
    lang: null,
    leadImageUrl: null,
    paragraphs: [{ kind: 'paragraph', text }],
    text,
    partial: true,
  };
}

/** The item's page read as an Article, or null when it cannot be (an error, not an article, a paywall). */
async function readItem(
  deps: PollDeps,
  queue: HostQueue,
  item: FeedItem,
  report: PollReport,
): Promise<Article | null> {
  const link = item.link;
  if (!link || !(await deps.allowed(link))) return null;
  try {
    const page = await queue.run(link, () => {
      report.requests++;
      return politeFetch(link, {
        limits: deps.limits?.page ?? PAGE_LIMITS,
        allowed: deps.allowed,
        ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
      });
    });
    if (page.status !== 200 || !/html/i.test(page.headers.contentType ?? 'text/html')) return null;
    const result = deps.readPage(decodePage(page.bytes, page.headers.contentType), page.url);
    if (!result.ok || result.article.partial) return null;
    const article = result.article;
    return { ...article, publishedTime: article.publishedTime ?? item.published, url: article.url ?? link };
  } catch (error) {
    if (error instanceof FetchProblem) return null;
    throw error;
  }
}

/** Asks one feed, and stores what it brings; answers how the poll ended for the timing rules. */
async function pollFeed(
  deps: PollDeps,
  queue: HostQueue,
  feed: FeedRecord,
  budget: { pages: number },
  report: PollReport,
): Promise<{ result: PollResult; updated: Partial<FeedRecord> }> {
  let fetched;
  try {
    fetched = await queue.run(feed.url, () => {
      report.requests++;
      return politeFetch(feed.url, {
        headers: conditionalHeaders(feed),
        limits: deps.limits?.feed ?? FEED_LIMITS,
        allowed: deps.allowed,
        ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
      });
    });
  } catch (error) {
    if (!(error instanceof FetchProblem)) throw error;
    return { result: { kind: 'failed' }, updated: { lastError: error.message } };
  }
  if (fetched.status === 304) return { result: { kind: 'not-modified' }, updated: { lastError: null } };
  if (fetched.status === 429 || fetched.status === 503) {
    const error = `The site asked StoryDiff to wait (HTTP ${fetched.status}).`;
    return {
      result: { kind: 'retry-later', retryAfter: fetched.headers.retryAfter },
      updated: { lastError: error },
    };
  }
  if (fetched.status !== 200) {
    return {
      result: { kind: 'failed' },
      updated: { lastError: `The site answered HTTP ${fetched.status}.` },
    };
  }
  let items: FeedItem[];
  try {
    items = readFeed(decodeFeed(fetched.bytes, fetched.headers.contentType), fetched.url).items;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return { result: { kind: 'failed' }, updated: { lastError: error.message } };
  }
  const seen = new Set(feed.seen);
  const fresh = items.filter((item) => !seen.has(item.id)).slice(0, ITEMS_PER_FEED);
  const handled: string[] = [];
  const source = { kind: 'feed', feedUrl: feed.url } as const;
  await Promise.all(
    fresh.map(async (item) => {
      if (budget.pages <= 0) return; // left for the next round: not marked as seen
      budget.pages--;
      const read = await readItem(deps, queue, item, report);
      const article = read ?? entryArticle(item, feed);
      if (article) {
        await storeArticle(deps.services, article, { ...source, entryOnly: read === null });
        if (read) report.stored++;
        else report.entries++;
      }
      handled.push(item.id);
    }),
  );
  return {
    result: { kind: 'ok' },
    updated: {
      etag: fetched.headers.etag,
      lastModified: fetched.headers.lastModified,
      lastError: null,
      seen: [...handled, ...feed.seen].slice(0, SEEN_KEPT),
    },
  };
}

/** Polls every feed that is due (all of them with `force`), one request at a time per host. */
export async function pollRound(deps: PollDeps, options: { force?: boolean } = {}): Promise<PollReport> {
  const { library } = deps.services;
  const start = deps.now();
  const due = (await library.listFeeds()).filter((f) => options.force || Date.parse(f.nextPollAt) <= start);
  const report: PollReport = {
    feeds: due.length,
    requests: 0,
    stored: 0,
    entries: 0,
    failed: [],
    pruned: 0,
  };
  const queue = new HostQueue();
  const budget = { pages: PAGES_PER_ROUND };
  await Promise.all(
    due.map(async (feed) => {
      if (!(await deps.allowed(feed.url))) {
        report.failed.push({ url: feed.url, reason: 'Access to this site was not granted.' });
        return;
      }
      const { result, updated } = await pollFeed(deps, queue, feed, budget, report);
      const now = deps.now();
      const timing = afterPoll(
        { failures: feed.failures, nextPollAt: Date.parse(feed.nextPollAt) },
        result,
        now,
        deps.intervalMs,
      );
      // Unfollowed while this round ran: nothing is written back, and nothing more asked.
      if (!(await library.getFeed(feed.url))) return;
      await library.putFeed({
        ...feed,
        ...updated,
        failures: timing.failures,
        nextPollAt: new Date(timing.nextPollAt).toISOString(),
        lastPolledAt: new Date(now).toISOString(),
      });
      if (result.kind === 'failed' || result.kind === 'retry-later')
        report.failed.push({ url: feed.url, reason: updated.lastError ?? 'failed' });
    }),
  );
  report.pruned = await prune(deps);
  return report;
}

/**
 * Removes what the feeds brought and the reader never opened: after the age limit, then oldest first
 * beyond the size cap. The reader's own captures count toward the size but are never removed.
 */
async function prune(deps: PollDeps): Promise<number> {
  const { library, index } = deps.services;
  const records = await library.listArticles();
  const ids = toPrune(
    records.map((r) => ({
      id: r.id,
      kept: r.source?.kind !== 'feed',
      storedAt: Date.parse(r.firstCapturedAt),
      // UTF-16 in IndexedDB: two bytes a character, text and paragraphs both kept.
      bytes: 4 * r.text.length + 2 * (r.title.length + (r.url?.length ?? 0)),
    })),
    deps.now(),
    ...(deps.prune ? [deps.prune] : []),
  );
  for (const id of ids) {
    await library.deleteArticle(id);
    index.remove(id);
  }
  return ids.length;
}
