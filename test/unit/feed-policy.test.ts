// The polling policy: what a server is told (conditional headers), how long StoryDiff stays away after a
// 429/503 or a failure, when a read article is fetched again, and what pruning removes.
import { describe, expect, test } from 'vitest';
import {
  MAX_FAILURE_DELAY_MS,
  afterPoll,
  conditionalHeaders,
  failureDelay,
  nextRecheck,
  retryAfterMs,
  toPrune,
  type PruneCandidate,
} from '../../src/core/feed';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 0, 29, 12, 0, 0);

test('conditional headers come from the last answer’s validators, none when it gave none', () => {
  expect(conditionalHeaders({ etag: '"abc"', lastModified: 'Thu, 29 Jan 2026 10:00:00 GMT' })).toEqual({
    'If-None-Match': '"abc"',
    'If-Modified-Since': 'Thu, 29 Jan 2026 10:00:00 GMT',
  });
  expect(conditionalHeaders({ etag: null, lastModified: null })).toEqual({});
});

describe('Retry-After', () => {
  test('as seconds and as an HTTP date', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs('Thu, 29 Jan 2026 13:30:00 GMT', NOW)).toBe(90 * MIN);
  });
  test('a date in the past means now; nonsense and absence mean nothing said; a year is capped', () => {
    expect(retryAfterMs('Thu, 29 Jan 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs(null, NOW)).toBeNull();
    expect(retryAfterMs(String(365 * 24 * 3600), NOW)).toBe(7 * DAY);
  });
});

test('a failing feed waits longer each time, never more than a day', () => {
  const waits = [1, 2, 3, 4, 5, 6].map((n) => failureDelay(n, 30 * MIN));
  expect(waits.slice(0, 4)).toEqual([60 * MIN, 2 * HOUR, 4 * HOUR, 8 * HOUR]);
  expect(waits[5]).toBe(MAX_FAILURE_DELAY_MS);
  for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] as number);
});

describe('afterPoll', () => {
  const fresh = { failures: 0, nextPollAt: NOW };
  test('success and 304 come back after the interval, failures forgotten', () => {
    expect(afterPoll({ failures: 3, nextPollAt: NOW }, { kind: 'ok' }, NOW, 30 * MIN)).toEqual({
      failures: 0,
      nextPollAt: NOW + 30 * MIN,
    });
    expect(afterPoll(fresh, { kind: 'not-modified' }, NOW, 30 * MIN).nextPollAt).toBe(NOW + 30 * MIN);
  });
  test('429 with Retry-After longer than the interval: the server’s wait', () => {
    const next = afterPoll(fresh, { kind: 'retry-later', retryAfter: '7200' }, NOW, 30 * MIN);
    expect(next).toEqual({ failures: 1, nextPollAt: NOW + 2 * HOUR });
  });
  test('503 with a short Retry-After: never sooner than our own interval', () => {
    const next = afterPoll(fresh, { kind: 'retry-later', retryAfter: '5' }, NOW, 30 * MIN);
    expect(next.nextPollAt).toBe(NOW + 30 * MIN);
  });
  test('429 without Retry-After and a 500 back off like any failure', () => {
    expect(afterPoll(fresh, { kind: 'retry-later', retryAfter: null }, NOW, 30 * MIN).nextPollAt).toBe(
      NOW + 60 * MIN,
    );
    const twice = afterPoll({ failures: 1, nextPollAt: NOW }, { kind: 'failed' }, NOW, 30 * MIN);
    expect(twice).toEqual({ failures: 2, nextPollAt: NOW + 2 * HOUR });
  });
});

test('a read article is re-checked at 30 min, 2 h, 6 h, 1 day, 3 days, 7 days, then no more', () => {
  const read = NOW;
  const times = [0, 1, 2, 3, 4, 5].map((done) => (nextRecheck(read, done) as number) - read);
  expect(times).toEqual([30 * MIN, 2 * HOUR, 6 * HOUR, DAY, 3 * DAY, 7 * DAY]);
  expect(nextRecheck(read, 6)).toBeNull();
});

describe('toPrune', () => {
  const article = (id: string, daysOld: number, kept = false, bytes = 10_000): PruneCandidate => ({
    id,
    kept,
    storedAt: NOW - daysOld * DAY,
    bytes,
  });
  test('unopened feed articles older than 14 days go; the reader’s own never do', () => {
    const library = [article('old-feed', 20), article('new-feed', 2), article('old-read', 300, true)];
    expect(toPrune(library, NOW)).toEqual(['old-feed']);
  });
  test('over the size cap, the oldest unopened go first until the rest fits', () => {
    const library = [
      article('read', 1, true, 50),
      article('feed-3', 3, false, 40),
      article('feed-1', 1, false, 40),
      article('feed-2', 2, false, 40),
    ];
    expect(toPrune(library, NOW, { maxAgeMs: 14 * DAY, maxBytes: 100 })).toEqual(['feed-3', 'feed-2']);
  });
  test('a library of the reader’s own articles over the cap loses nothing', () => {
    const library = [article('a', 400, true, 500), article('b', 500, true, 500)];
    expect(toPrune(library, NOW, { maxAgeMs: DAY, maxBytes: 10 })).toEqual([]);
  });
});
