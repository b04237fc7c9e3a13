// Following outlets in the worker: the poll alarm, the pause switch, and the requests of the options page
// and popup (find, follow, list, unfollow, poll now). Requests go only to origins the reader granted.
import { FeedError, decodeFeed, discoverFeeds, readFeed } from '../../core/feed';
import { browser } from '../../shared/browser-api';
import { loadFeedSettings, originPattern } from '../../shared/feed-settings';
import type { FollowedFeed, FoundFeed, PollReport } from '../../shared/messages';
import type { FeedRecord } from '../../store/schema';
import { getServices, scheduleIndexSnapshot } from '../services';
import { FEED_LIMITS, FetchProblem, politeFetch } from './fetcher';
import { pollRound } from './poller';
import { recheckRound, type Changed } from './recheck';
import { readPage } from './read-page';

/** The periodic alarm that starts a polling round. */
export const POLL_ALARM = 'storydiff-poll';
/** A one-off alarm for a round as soon as possible (a feed just followed): the same path as the periodic one. */
export const POLL_SOON_ALARM = 'storydiff-poll-soon';

/** Whether the reader granted access to this address's origin. */
async function allowed(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** (Re)creates the poll alarm at the reader's interval, or clears it while paused. */
export async function scheduleAlarm(): Promise<void> {
  const settings = await loadFeedSettings();
  await browser.alarms.clear(POLL_ALARM);
  if (settings.paused) return;
  // Each feed keeps its own next time; the alarm only wakes the worker to see which are due.
  const every = Math.min(settings.intervalMinutes, 15);
  await browser.alarms.create(POLL_ALARM, { periodInMinutes: every, delayInMinutes: 1 });
}

let round: Promise<PollReport> | null = null;

/** Runs a polling round unless one is running (then answers that one) or requests are paused. */
export async function runRound(force = false): Promise<PollReport> {
  const settings = await loadFeedSettings();
  if (settings.paused) return { feeds: 0, requests: 0, stored: 0, entries: 0, failed: [], pruned: 0 };
  round ??= (async () => {
    const services = await getServices();
    const deps = {
      services,
      now: Date.now,
      allowed,
      readPage,
      intervalMs: settings.intervalMinutes * 60_000,
    };
    try {
      const report = await pollRound(deps, { force });
      await rememberChanged(await recheckRound(deps));
      return report;
    } finally {
      scheduleIndexSnapshot(services);
    }
  })().finally(() => {
    round = null;
  });
  return round;
}

const CHANGED_KEY = 'changedSinceRead';
/** How many changed articles the list keeps (newest first). */
const CHANGED_KEPT = 50;

/** Articles found changed since the reader read them, newest first. */
export async function listChanged(): Promise<Changed[]> {
  const stored = (await browser.storage.local.get(CHANGED_KEY))[CHANGED_KEY];
  return Array.isArray(stored) ? (stored as Changed[]) : [];
}

async function rememberChanged(found: Changed[]): Promise<void> {
  if (found.length === 0) return;
  const kept = (await listChanged()).filter((c) => !found.some((f) => f.id === c.id));
  await browser.storage.local.set({ [CHANGED_KEY]: [...found, ...kept].slice(0, CHANGED_KEPT) });
}

/** The feeds an address is, or announces in its page's head. */
export async function findFeeds({ address }: { address: string }): Promise<FoundFeed[]> {
  let url: string;
  try {
    url = new URL(address.includes('://') ? address : `https://${address}`).href;
  } catch {
    throw new Error('That is not a web address.');
  }
  if (!/^https?:/.test(url)) throw new Error('Only http and https addresses can be followed.');
  if (!(await allowed(url))) throw new Error('StoryDiff may not read this site: access was not granted.');
  let fetched;
  try {
    fetched = await politeFetch(url, { limits: FEED_LIMITS, allowed });
  } catch (error) {
    throw new Error(error instanceof FetchProblem ? error.message : 'The site could not be reached.');
  }
  if (fetched.status !== 200) throw new Error(`The site answered HTTP ${fetched.status}.`);
  const text = decodeFeed(fetched.bytes, fetched.headers.contentType);
  try {
    const feed = readFeed(text, fetched.url);
    return [{ url: fetched.url, title: feed.title, format: feed.format === 'rdf' ? 'rss' : feed.format }];
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
  }
  const found = discoverFeeds(text, fetched.url);
  if (found.length === 0) throw new Error('This page announces no feed (RSS, Atom or JSON Feed).');
  return found;
}

async function followed(record: FeedRecord, counts: Map<string, number>): Promise<FollowedFeed> {
  const { url, title, siteUrl, lastPolledAt, nextPollAt, lastError } = record;
  return { url, title, siteUrl, articles: counts.get(url) ?? 0, lastPolledAt, nextPollAt, lastError };
}

export async function listFeeds(): Promise<FollowedFeed[]> {
  const { library } = await getServices();
  const [feeds, counts] = await Promise.all([library.listFeeds(), library.countsByFeed()]);
  return Promise.all(feeds.map((f) => followed(f, counts)));
}

export async function followFeed(params: {
  url: string;
  title: string;
  siteUrl: string | null;
}): Promise<FollowedFeed> {
  if (!(await allowed(params.url)))
    throw new Error('StoryDiff may not read this feed: access was not granted.');
  const { library } = await getServices();
  const existing = await library.getFeed(params.url);
  const now = new Date().toISOString();
  const record: FeedRecord = existing ?? {
    url: params.url,
    title: params.title || new URL(params.url).hostname,
    siteUrl: params.siteUrl,
    addedAt: now,
    etag: null,
    lastModified: null,
    failures: 0,
    nextPollAt: now,
    lastPolledAt: null,
    lastError: null,
    seen: [],
  };
  await library.putFeed(record);
  // Its first poll: the browser wakes the worker for it, even if this page closes (at least 30 s later for
  // packed extensions in Chromium).
  await browser.alarms.create(POLL_SOON_ALARM, { when: Date.now() + 1_000 });
  return followed(record, await library.countsByFeed());
}

export async function unfollowFeed({
  url,
  removeArticles,
}: {
  url: string;
  removeArticles: boolean;
}): Promise<{ removed: number }> {
  const services = await getServices();
  const { library, index } = services;
  await library.deleteFeed(url);
  if (!removeArticles) return { removed: 0 };
  const ids = await library.feedArticleIds(url);
  for (const id of ids) {
    await library.deleteArticle(id);
    index.remove(id);
  }
  scheduleIndexSnapshot(services);
  return { removed: ids.length };
}

/** "Check now" on the options page, and the tests: every feed, whatever its schedule. */
export function pollFeeds(): Promise<PollReport> {
  return runRound(true);
}
