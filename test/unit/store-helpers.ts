// Articles built from the real seed stories, and a fresh fake IndexedDB per test, for the store tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// idb recognises requests and cursors by the IDB* classes, so those globals must exist as in a browser;
// the factory itself is still passed in explicitly, one fresh database per test.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Article } from '../../src/core/model';
import { SHARED } from '../paths';

/** The five seed stories as captured Articles, each at its own (invented) address. */
export function seedArticles(): Article[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name, i) => {
      const lines = readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return article(lines, `https://outlet${i}.example/world/kremlin-invites-zelensky`);
    });
}

/** An Article whose paragraphs are `lines`. */
export function article(lines: string[], url: string | null, title = lines[0] ?? ''): Article {
  return {
    title,
    byline: null,
    siteName: url ? new URL(url).hostname : null,
    url,
    canonicalUrl: url,
    publishedTime: '2026-01-29T12:00:00Z',
    modifiedTime: null,
    lang: 'en',
    leadImageUrl: null,
    paragraphs: lines.map((text) => ({ kind: 'paragraph', text })),
    text: lines.join('\n\n'),
  };
}

/** A new, empty IndexedDB. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** A clock that moves one minute per call, from a fixed start. */
export function clock(start = Date.parse('2026-01-30T08:00:00Z')): () => string {
  let t = start;
  return () => new Date((t += 60_000)).toISOString();
}
