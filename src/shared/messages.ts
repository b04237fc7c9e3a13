// The typed protocol between extension pages (popup, side panel, options) and the background worker.
// One call map per direction; every payload is plain JSON. The worker validates each request's shape.
import type {
  Comparison,
  ExtractFailure,
  FactAcrossVersions,
  Match,
  Paragraph,
  StoryReport,
  StoryVersion,
} from '../core/model';

export type { FactAcrossVersions, StoryReport };

/** A comparison of two stored articles with the matcher's verdict on them: the figure every list shows. */
export type PairComparison = Comparison & { match: Pick<Match, 'score' | 'sameStory' | 'sameUrl'> };

/** A stored article as lists show it: no body text. */
export interface ArticleSummary extends Omit<StoryVersion, 'score' | 'sameUrl' | 'words' | 'partial'> {
  /** Number of words in the body. */
  words: number;
  /** True when the page showed only part of the article (a paywall). */
  partial: boolean;
  /** The followed feed that carried it, or null. */
  feedUrl: string | null;
  /**
   * The article's language when it is not English: its name, and whether StoryDiff has rules for it (when not,
   * its words are compared as written, and comparisons are approximate).
   */
  language?: { name: string; supported: boolean };
}

/** A stored article as the library page lists it. */
export interface LibraryArticle extends ArticleSummary {
  /** Texts of this page kept: 1, plus the earlier ones when the page changed between captures. */
  texts: number;
}

/** Stored articles that report one story, as the match index decided (its same-story decisions). */
export interface StoryGroup {
  /** Id of the group: the id of its most recently captured article. */
  id: string;
  /** Headline of the most recently captured article. */
  title: string;
  /** The articles, most recently published first (undated ones last). */
  articles: LibraryArticle[];
  /** All texts kept of the story: every article's current and earlier texts. */
  versions: number;
  /** The outlets reporting it, each once, in the order of `articles`. */
  outlets: string[];
}

/** A stored copy as the reading view shows it: what was captured, never the live page. */
export interface StoredCopy {
  /** The article (or earlier text) shown. */
  article: LibraryArticle;
  /** Author line, or null. */
  byline: string | null;
  /** The captured text, in reading order. */
  paragraphs: Paragraph[];
  /** Earlier texts of the same page ("id@hash"), oldest first; the current text's id when this is one. */
  earlier: { id: string; capturedAt: string; title: string }[];
  /** Id of the page's current text (equal to article.id unless an earlier text is shown). */
  currentId: string;
  /** The other articles of its story, to compare with. */
  story: LibraryArticle[];
}

/** Another version of the story found in the library, or an article possibly related to it. */
export interface VersionFound extends ArticleSummary {
  /** Match score 0..1: the one similarity figure shown for it everywhere. */
  score: number;
  /** True when it is the same page captured at another time. */
  sameUrl: boolean;
}

/** What the popup shows after a click. */
export type CaptureOutcome =
  | {
      status: 'captured';
      /** The article on the page, as stored. */
      article: ArticleSummary;
      /** True when the text looked like a paywalled or partial stub. */
      partial: boolean;
      /** Whether this capture added a new version of a page already in the library. */
      isNewVersion: boolean;
      /** Other versions of the story (the matcher is confident they are), best first. */
      versions: VersionFound[];
      /** Articles that may be the same story but are not confidently so: listed apart, never compared. */
      related: VersionFound[];
      /** Comparison of this article (base) against the closest version, or null when none. */
      comparison: Comparison | null;
      /** Id of the version `comparison` is against. */
      comparedWith: string | null;
      /** What the reader is shown: summary, details that differ, ranked missing facts; exports render it. */
      report: StoryReport;
      /** Every fact of this article with the versions that also carry it (this article's id first). */
      facts: FactAcrossVersions[];
    }
  | ({ status: 'not-article' } & ExtractFailure)
  | { status: 'error'; message: string };

/** Requests extension pages send to the worker; each method's return type is the response. */
export interface WorkerRequests {
  /** Captures the article in a tab, stores it, finds the other versions and compares with the closest. */
  captureTab(params: { tabId: number }): CaptureOutcome;
  /** The last outcome for a tab (the side panel opens after the popup captured), or null. */
  getTabState(params: { tabId: number }): CaptureOutcome | null;
  /** Compares two stored articles: base is the one being read; `match` is the matcher's verdict on the pair. */
  compareArticles(params: { baseId: string; otherId: string }): PairComparison;
  /** Lists the library, newest first, optionally filtered by words in title, outlet or address. */
  listLibrary(params: { search?: string }): ArticleSummary[];
  /**
   * The library grouped by story, most recent story first: the stories of the `articles` (default 200) most
   * recently captured articles, or of those matching `search`; `more` when older articles are left.
   */
  listStories(params: { search?: string; articles?: number }): { stories: StoryGroup[]; more: boolean };
  /** One stored article (or an earlier text, "id@hash") as captured, for the reading view. */
  getStoredCopy(params: { id: string }): StoredCopy;
  /** Deletes one stored article and its versions. */
  deleteArticle(params: { id: string }): { deleted: boolean };
  /** Deletes everything stored. */
  clearLibrary(params: Record<string, never>): { cleared: number };
  /** The whole library as a backup file's text. */
  exportLibrary(params: Record<string, never>): { json: string; count: number };
  /** Merges a backup file into the library. */
  importLibrary(params: { text: string }): { added: number; skipped: number; errors: string[] };
  /**
   * The options page restored a backup into the library itself: index the articles the worker lacks, a
   * slice of work per request; `done` once none is left (ask again until then).
   */
  libraryRestored(params: Record<string, never>): { indexed: number; done: boolean };
  /** Records an upgrade set aside as damaged (they stay in backups); the records themselves stay out. */
  listDamaged(params: Record<string, never>): DamagedSummary[];
  /** The feeds an address is or announces (the reader granted its origin first). */
  findFeeds(params: { address: string }): FoundFeed[];
  /** Follows a feed (its origin already granted); its first poll starts at once. */
  followFeed(params: { url: string; title: string; siteUrl: string | null }): FollowedFeed;
  /** The followed feeds with their article counts. */
  listFeeds(params: Record<string, never>): FollowedFeed[];
  /** Stops following a feed; `removeArticles` also deletes the articles it brought that the reader never opened. */
  unfollowFeed(params: { url: string; removeArticles: boolean }): { removed: number };
  /** Polls every followed feed now, whatever their schedule (unless paused), then re-checks what is due. */
  pollFeeds(params: Record<string, never>): PollReport;
  /** Articles the reader read whose page has changed since, newest first. */
  listChanged(params: Record<string, never>): ChangedArticle[];
}

/** An article whose page changed after the reader read it. */
export interface ChangedArticle {
  /** Its id (the current text). */
  id: string;
  /** Id of the text the reader read ("id@hash"). */
  readId: string;
  /** Its headline now. */
  title: string;
  /** When the change was found (ISO 8601). */
  foundAt: string;
}

/** A followed feed, as the options page and the popup list it. */
export interface FollowedFeed {
  /** The feed's address. */
  url: string;
  /** Its title (or the outlet's name). */
  title: string;
  /** The outlet's home page, or null. */
  siteUrl: string | null;
  /** Articles stored from it. */
  articles: number;
  /** When it was last asked (ISO 8601), or null. */
  lastPolledAt: string | null;
  /** Earliest time of its next request (ISO 8601). */
  nextPollAt: string;
  /** What went wrong last time, or null. */
  lastError: string | null;
}

/** A feed found for an address the reader gave. */
export interface FoundFeed {
  /** The feed's address. */
  url: string;
  /** Its title, "" when unknown. */
  title: string;
  /** RSS, Atom or JSON Feed. */
  format: 'rss' | 'atom' | 'json';
}

/** What a polling round did, for the options page and the tests. */
export interface PollReport {
  /** Feeds asked. */
  feeds: number;
  /** Requests made (feeds and pages). */
  requests: number;
  /** Articles stored from their pages. */
  stored: number;
  /** Items kept as feed entries (their page could not be read). */
  entries: number;
  /** Feeds that failed, with the reason. */
  failed: { url: string; reason: string }[];
  /** Articles removed by pruning after the round. */
  pruned: number;
}

/** A record an upgrade set aside, as the options page lists it. */
export interface DamagedSummary {
  /** Where it was: an article or an earlier version. */
  store: 'articles' | 'versions';
  /** Its key (the article's id). */
  key: string;
  /** Why it was set aside. */
  reason: string;
  /** When (ISO 8601). */
  setAsideAt: string;
}

/** Name of a worker request. */
export type RequestType = keyof WorkerRequests;

/** The envelope sent with runtime.sendMessage. */
export interface RequestMessage<T extends RequestType = RequestType> {
  /** Which request. */
  type: T;
  /** Its parameters. */
  params: Parameters<WorkerRequests[T]>[0];
}

/** The worker's answer: a result, or a reader-facing error message. */
export type ResponseMessage<T extends RequestType = RequestType> =
  { ok: true; result: ReturnType<WorkerRequests[T]> } | { ok: false; error: string };
