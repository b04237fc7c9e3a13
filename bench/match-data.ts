// The labelled data the match bench and tests read in place: ECB+ dev articles and the five seed stories.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryEntry } from '../src/core/model';
import { SHARED } from '../test/paths';

/** A library entry with the story it belongs to. */
export type LabelledEntry = LibraryEntry & { story: string };

/** The 413 ECB+ dev articles; stories "1a", "1b", … (a and b: different events of one kind). */
export function loadEcb(): LabelledEntry[] {
  const path = join(SHARED, 'corpora/ecbplus-dev/articles.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; story: string; text: string })
    .map(({ id, story, text }) => ({ id, story, text }));
}

/** The five seed versions of the Kremlin–Zelensky story, as story "seed". */
export function loadSeeds(): LabelledEntry[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: `seed:${name}`, story: 'seed', text: readFileSync(join(dir, name), 'utf8') }));
}

/** The kind of event a story belongs to ("1a" → "1"): a and b stories are similar but different events. */
export function topicOf(story: string): string {
  return story.replace(/[a-z]+$/, '');
}

/** Deterministic RNG (mulberry32), so every run builds the same synthetic libraries. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic articles: each takes 8–20 sentences drawn (seeded RNG) from the pool of all ECB+ and seed
 * sentences, mostly from one source article and the rest from anywhere. Every sentence recurs across many
 * articles, so postings are denser than in a real library: a pessimistic case for the inverted index.
 */
export function synthetic(count: number, pool: string[][], seed: number): LibraryEntry[] {
  const random = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const home = pick(pool);
    const length = 8 + Math.floor(random() * 13);
    const sentences = Array.from({ length }, () => pick(random() < 0.6 ? home : pick(pool)));
    return { id: `syn${seed}-${i}`, text: sentences.join(' ') };
  });
}
