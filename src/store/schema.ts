// The shape of the reader's library in IndexedDB: stored Articles (latest text of each page) and the
// earlier Versions of a page whose text really changed. Bump SCHEMA_VERSION only with a new migration.
import type { DBSchema } from 'idb';
import type { Paragraph } from '../core/model';

/** Name of the IndexedDB database. */
export const DB_NAME = 'storydiff-library';

/** The current schema version: the number of migrations in migrations.ts. */
export const SCHEMA_VERSION = 6;

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
}
