// The shape of the reader's library in IndexedDB: stored Articles (latest text of each page) and the
// earlier Versions of a page whose text really changed. Bump SCHEMA_VERSION only with a new migration.
import type { DBSchema } from 'idb';
import type { Paragraph } from '../core/model';

/** Name of the IndexedDB database. */
export const DB_NAME = 'storydiff-library';

/** The current schema version: the number of migrations in migrations.ts. */
export const SCHEMA_VERSION = 7;

/** A captured page as the library keeps it: the latest text, with what identifies and dates it. */
export interface ArticleRecord {
  /** Stable id: "u:" + the normalised canonical address, or "h:" + the content hash for pages without one. */
  id: string;
  /** The address the article was read from, or null. */
  url: string | null;
  /** The canonical address (http(s), tracking parameters removed), or null; the id holds its normalised form. */
  canonicalUrl: string | null;
  /** Headline, "" when unknown. */
  title: string;
  /** Outlet name, or null. */
  siteName: string | null;
  /** Author line, or null. */
  byline: string | null;
  /** Publication time (ISO 8601), or null. */
  publishedTime: string | null;
  /** Last modification time the page gave (ISO 8601), or null. */
  modifiedTime: string | null;
  /** Language tag, or null. */
  lang: string | null;
  /** When the reader last captured this page with this text (ISO 8601). */
  capturedAt: string;
  /** When the page was first captured (ISO 8601). */
  firstCapturedAt: string;
  /** Body text, paragraphs joined by blank lines. */
  text: string;
  /** Body blocks in reading order. */
  paragraphs: Paragraph[];
  /** True when the page looked paywalled or truncated. */
  partial: boolean;
  /** Hash of the normalised text (hash.ts): equal hashes mean the same article text. */
  contentHash: string;
  /** Where it came from; missing on records stored before outlets could be followed: the reader's own. */
  source?: ArticleSource;
  /** The re-check schedule of an article the reader read on a site StoryDiff may read, or missing. */
  recheck?: RecheckState;
}

/** Where an article the reader read stands in its re-check schedule (core/feed RECHECK_AFTER_MS). */
export interface RecheckState {
  /** When the reader read it (ISO 8601): the schedule counts from here. */
  readAt: string;
  /** Re-checks done. */
  done: number;
  /** When the next one is due (ISO 8601), or null: the schedule has ended. */
  nextAt: string | null;
}

/** How an article entered the library. */
export interface ArticleSource {
  /** "reader": a click or automatic capture (never pruned); "feed": stored by following an outlet. */
  kind: 'reader' | 'feed';
  /** The feed it was (also) found in, or null. */
  feedUrl: string | null;
  /** True when the item's page could not be read: the record holds the feed's title and summary only. */
  entryOnly: boolean;
}

/** A followed feed: what the reader chose, and what the poller keeps between rounds. */
export interface FeedRecord {
  /** The feed's address (the key). */
  url: string;
  /** Its title, or the outlet's name. */
  title: string;
  /** The outlet's home page, or null. */
  siteUrl: string | null;
  /** When the reader followed it (ISO 8601). */
  addedAt: string;
  /** The ETag of its last full answer, or null. */
  etag: string | null;
  /** The Last-Modified of its last full answer, or null. */
  lastModified: string | null;
  /** Failed polls in a row. */
  failures: number;
  /** Earliest time of its next request (ISO 8601). */
  nextPollAt: string;
  /** When it was last asked (ISO 8601), or null. */
  lastPolledAt: string | null;
  /** What went wrong last time, in a reader's words, or null. */
  lastError: string | null;
  /** Ids of the items already handled, newest first (capped): an item is fetched once. */
  seen: string[];
}

/** An earlier text of a stored article, kept when a later capture of the same page differed. */
export interface VersionRecord {
  /** articleId + "@" + contentHash. */
  id: string;
  /** The ArticleRecord this is an earlier version of. */
  articleId: string;
  /** Headline at the time. */
  title: string;
  /** Body text at the time. */
  text: string;
  /** Body blocks at the time. */
  paragraphs: Paragraph[];
  /** Modification time the page gave then, or null. */
  modifiedTime: string | null;
  /** When this text was captured (ISO 8601). */
  capturedAt: string;
  /** Hash of the normalised text. */
  contentHash: string;
}

/**
 * Derived data kept to save work, never the only copy of anything: the library can always rebuild it,
 * and readers of a snapshot must check it against the articles it was made from.
 */
export interface SnapshotRecord {
  /** What the snapshot is of, e.g. "match-index". */
  id: string;
  /** When it was written (ISO 8601). */
  savedAt: string;
  /** The snapshot itself, as its owner serialised it. */
  data: unknown;
}

/** A stored record an upgrade could not carry over: kept as it was, with the reason, for the reader to see. */
export interface DamagedRecord {
  /** The store it was in. */
  store: 'articles' | 'versions';
  /** Its key there. */
  key: string;
  /** Why it was set aside, in a few words ("capturedAt: missing"). */
  reason: string;
  /** The record as it was stored. */
  record: unknown;
  /** When the upgrade set it aside (ISO 8601). */
  setAsideAt: string;
}

/** The typed schema at SCHEMA_VERSION. */
export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { canonicalUrl: string; capturedAt: string };
  };
  versions: {
    key: string;
    value: VersionRecord;
    indexes: { articleId: string };
  };
  snapshots: {
    key: string;
    value: SnapshotRecord;
  };
  damaged: {
    key: number;
    value: DamagedRecord;
  };
  feeds: {
    key: string;
    value: FeedRecord;
  };
}
