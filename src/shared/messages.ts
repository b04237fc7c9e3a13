// The typed protocol between extension pages (popup, side panel, options) and the background worker.
// One call map per direction; every payload is plain JSON. The worker validates each request's shape.
import type { Comparison, ExtractFailure, FactAcrossVersions } from '../core/model';

export type { FactAcrossVersions };

/** A stored article as lists show it: no body text. */
export interface ArticleSummary {
  /** Library id. */
  id: string;
  /** Headline. */
  title: string;
  /** Outlet name, or the host name when the page does not say. */
  outlet: string;
  /** Address the article was captured from. */
  url: string | null;
  /** Publication time (ISO 8601), or null. */
  publishedTime: string | null;
  /** When the reader captured it (ISO 8601). */
  capturedAt: string;
  /** Number of words in the body. */
  words: number;
}

/** Another version of the story found in the library. */
export interface VersionFound extends ArticleSummary {
  /** Match score 0..1. */
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
      /** Other versions of the story, best first. */
      versions: VersionFound[];
      /** Comparison of this article (base) against the closest version, or null when none. */
      comparison: Comparison | null;
      /** Id of the version `comparison` is against. */
      comparedWith: string | null;
      /** Facts the other versions carry that this one lacks, each with the versions carrying it. */
      missing: FactAcrossVersions[];
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
  /** Compares two stored articles: base is the one being read. */
  compareArticles(params: { baseId: string; otherId: string }): Comparison;
  /** Lists the library, newest first, optionally filtered by words in title, outlet or address. */
  listLibrary(params: { search?: string }): ArticleSummary[];
  /** Deletes one stored article and its versions. */
  deleteArticle(params: { id: string }): { deleted: boolean };
  /** Deletes everything stored. */
  clearLibrary(params: Record<string, never>): { cleared: number };
  /** The whole library as a backup file's text. */
  exportLibrary(params: Record<string, never>): { json: string; count: number };
  /** Merges a backup file into the library. */
  importLibrary(params: { text: string }): { added: number; skipped: number; errors: string[] };
  /** The options page restored a backup into the library itself: index the articles the worker lacks. */
  libraryRestored(params: Record<string, never>): { indexed: number };
  /** Records an upgrade set aside as damaged (they stay in backups); the records themselves stay out. */
  listDamaged(params: Record<string, never>): DamagedSummary[];
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
