// How politely and how often StoryDiff asks: conditional requests, Retry-After, a growing delay for a feed
// that keeps failing, the re-check schedule of articles the reader read, and what storage pruning removes.
// Pure functions of their inputs and a clock, so every rule is tested without a network.
import { rfc822Time } from './dates';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What a feed's last answer said about itself, kept between polls. */
export interface Validators {
  /** The ETag header of the last 200 answer, or null. */
  etag: string | null;
  /** The Last-Modified header of the last 200 answer, or null. */
  lastModified: string | null;
}

/** The headers of a conditional request: the server answers 304 (no body) when nothing changed. */
export function conditionalHeaders({ etag, lastModified }: Validators): Record<string, string> {
  return {
    ...(etag ? { 'If-None-Match': etag } : {}),
    ...(lastModified ? { 'If-Modified-Since': lastModified } : {}),
  };
}

/** The longest wait a server's Retry-After is followed for: beyond it, the failure delay takes over. */
export const MAX_RETRY_AFTER_MS = 7 * DAY;

/**
 * How long a server asked us to wait (Retry-After as seconds or as an HTTP date), in ms from `now`, or
 * null when it did not say or said nonsense. Never negative, never beyond MAX_RETRY_AFTER_MS.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  const text = header?.trim();
  if (!text) return null;
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : (rfc822Time(text) ?? NaN) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : null;
}

/** The longest a failing feed is left alone between attempts. */
export const MAX_FAILURE_DELAY_MS = DAY;

/** The wait after `failures` failures in a row: the poll interval, doubled per failure, at most a day. */
export function failureDelay(failures: number, intervalMs: number): number {
  if (failures <= 0) return intervalMs;
  return Math.min(intervalMs * 2 ** Math.min(failures, 20), Math.max(MAX_FAILURE_DELAY_MS, intervalMs));
}

/** How one poll of a feed ended. */
export type PollResult =
  | { kind: 'ok' }
  | { kind: 'not-modified' }
  | { kind: 'retry-later'; retryAfter: string | null }
  | { kind: 'failed' };

/** A feed's timing state. */
export interface PollTiming {
  /** Failures in a row (0 after any success). */
  failures: number;
  /** Earliest time (ms) of the next request. */
  nextPollAt: number;
}

/** The timing after a poll ended with `result` at `now`, with the reader's poll interval. */
export function afterPoll(
  previous: PollTiming,
  result: PollResult,
  now: number,
  intervalMs: number,
): PollTiming {
  if (result.kind === 'ok' || result.kind === 'not-modified')
    return { failures: 0, nextPollAt: now + intervalMs };
  const failures = previous.failures + 1;
  const backoff = failureDelay(failures, intervalMs);
  const asked = result.kind === 'retry-later' ? retryAfterMs(result.retryAfter, now) : null;
  // A server's own wait is honoured even when shorter than our interval would make it; never sooner.
  return { failures, nextPollAt: now + Math.max(asked ?? 0, asked === null ? backoff : intervalMs) };
}

/** When an article the reader read is fetched again, counted from when they read it (NewsDiffs' idea). */
export const RECHECK_AFTER_MS: readonly number[] = [30 * MINUTE, 2 * HOUR, 6 * HOUR, DAY, 3 * DAY, 7 * DAY];

/** The time (ms) of the next re-check of an article read at `readAt` after `done` checks, or null: stop. */
export function nextRecheck(readAt: number, done: number): number | null {
  const after = RECHECK_AFTER_MS[done];
  return after === undefined ? null : readAt + after;
}

/** A stored article as pruning sees it. */
export interface PruneCandidate {
  /** Library id. */
  id: string;
  /** True when the reader captured (or opened) it: such an article is never pruned. */
  kept: boolean;
  /** When it was stored (ms). */
  storedAt: number;
  /** Its size in bytes, roughly (its text and metadata). */
  bytes: number;
}

/** Pruning limits. */
export interface PruneLimits {
  /** Articles the reader never opened are removed this long after they were stored. */
  maxAgeMs: number;
  /** Beyond this many bytes in all, the oldest unopened articles are removed until the rest fits. */
  maxBytes: number;
}

export const DEFAULT_PRUNE: PruneLimits = { maxAgeMs: 14 * DAY, maxBytes: 200 * 2 ** 20 };

/**
 * The ids to remove: unopened articles older than the age limit, then, oldest first, unopened articles
 * until the library fits the size cap. What the reader captured counts toward the size but is never removed.
 */
export function toPrune(
  articles: PruneCandidate[],
  now: number,
  limits: PruneLimits = DEFAULT_PRUNE,
): string[] {
  const removed = new Set<string>();
  let total = articles.reduce((sum, a) => sum + a.bytes, 0);
  const prunable = articles.filter((a) => !a.kept).sort((a, b) => a.storedAt - b.storedAt);
  for (const a of prunable) {
    if (now - a.storedAt <= limits.maxAgeMs && total <= limits.maxBytes) break;
    removed.add(a.id);
    total -= a.bytes;
  }
  return [...removed];
}
