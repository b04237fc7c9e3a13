// Following outlets, the pure part: reading feeds of every format into one item shape, finding a page's
// feeds, OPML in and out, and the polling policy. The worker does the requests; see src/background/feeds.
export type { DiscoveredFeed, Feed, FeedItem, FeedSubscription } from './model';
export { FeedError, readFeed, resolveLink } from './parse';
export { decodeFeed, decodePage } from './decode';
export { discoverFeeds } from './discover';
export { readOpml, writeOpml } from './opml';
export { feedTime } from './dates';
export { htmlToText } from './html-text';
export {
  DEFAULT_PRUNE,
  MAX_FAILURE_DELAY_MS,
  MAX_RETRY_AFTER_MS,
  RECHECK_AFTER_MS,
  afterPoll,
  conditionalHeaders,
  failureDelay,
  nextRecheck,
  retryAfterMs,
  toPrune,
  type PollResult,
  type PollTiming,
  type PruneCandidate,
  type PruneLimits,
  type Validators,
} from './policy';
