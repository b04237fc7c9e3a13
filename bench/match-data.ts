// The labelled data the match bench and tests read in place: ECB+ dev articles and the five seed stories.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryEntry } from '../src/core/model';
import { SHARED } from '../test/paths';
import { STOPWORDS } from '../src/core/text';

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

/** Which half of the labelled data an article belongs to: rules are chosen on "tune", "heldout" only measured. */
export type Half = 'tune' | 'heldout';

/** ECB+ halves by topic (odd topics tune, even held out), so that an event and its sibling stay together. */
export function ecbHalf(story: string): Half {
  return Number(topicOf(story)) % 2 === 1 ? 'tune' : 'heldout';
}

/** Stable 32-bit hash of a string (FNV-1a), for splitting data without looking at it. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** An English SemEval text as a library entry, with its same-story cluster and half. */
export type SemevalEntry = LabelledEntry & { half: Half };

/** The English texts of semeval-dev and what is known of their pairs. */
export interface SemevalEnglish {
  entries: SemevalEntry[];
  /** en-en pairs as rated by people: overall 1 (very similar) to 4. */
  pairs: { a: string; b: string; overall: number }[];
  /** Unordered pairs "a\tb" (a < b) whose rating makes them neither surely the same nor surely different. */
  ambiguous: Set<string>;
}

interface SemevalPair {
  lang1: string;
  lang2: string;
  id1: number | string;
  id2: number | string;
  text1: string;
  text2: string;
  overall: number;
}

/** Unordered pair key. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\t${b}` : `${b}\t${a}`;
}

/** Word 5-grams of a text, lower-cased. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}

/**
 * Pairs of texts that are one article published twice (a third or more of their word 5-grams shared): the
 * scraped set holds such copies under different ids, never rated as a pair, and they are not different stories.
 */
function republished(texts: Map<string, string>): string[] {
  const list = [...texts].map(([id, text]) => ({ id, grams: shingles(text) }));
  const holders = new Map<string, number[]>();
  list.forEach((t, i) => {
    for (const g of t.grams) {
      const at = holders.get(g) ?? [];
      at.push(i);
      holders.set(g, at);
    }
  });
  const out: string[] = [];
  list.forEach((a, i) => {
    const shared = new Map<number, number>();
    for (const g of a.grams)
      for (const j of holders.get(g) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const b = list[j] as { id: string; grams: Set<string> };
      if (n / Math.min(a.grams.size, b.grams.size) >= 1 / 3) out.push(pairKey(a.id, b.id));
    }
  });
  return out;
}

/**
 * Every English text of semeval-dev (577, from en-en pairs and the English side of cross-language pairs).
 * en-en pairs rated 1.0–1.5 overall are the same story (joined into clusters); pairs rated above 1.5 and
 * below 2.5 are ambiguous (closely related) and left out of scoring, as are copies of one article; texts never
 * paired are different stories.
 * Halves by cluster, so a story is never split.
 */
export function loadSemevalEnglish(): SemevalEnglish {
  const path = join(SHARED, 'corpora/semeval-dev/pairs.jsonl');
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SemevalPair);
  const texts = new Map<string, string>();
  const pairs: SemevalEnglish['pairs'] = [];
  for (const r of rows) {
    if (r.lang1 === 'en') texts.set(`sv:${r.id1}`, r.text1);
    if (r.lang2 === 'en') texts.set(`sv:${r.id2}`, r.text2);
    if (r.lang1 === 'en' && r.lang2 === 'en')
      pairs.push({ a: `sv:${r.id1}`, b: `sv:${r.id2}`, overall: r.overall });
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const p of pairs) if (p.overall <= 1.5) parent.set(find(p.a), find(p.b));
  const ambiguous = new Set(
    pairs.filter((p) => p.overall > 1.5 && p.overall < 2.5).map((p) => pairKey(p.a, p.b)),
  );
  for (const key of republished(texts)) {
    const [a, b] = key.split('\t') as [string, string];
    if (find(a) !== find(b)) ambiguous.add(key);
  }
  const entries = [...texts].map(([id, text]): SemevalEntry => {
    const story = find(id);
    return { id, text, story, half: hash(story) % 2 === 0 ? 'tune' : 'heldout' };
  });
  return { entries, pairs, ambiguous };
}

/**
 * Distractors of the same kinds of events: each synthetic story copies one real article's text (and its
 * siblings' wording) with every capitalised name, number and year replaced consistently within that story —
 * the same kind of event, told in the same words, about other people, places, sums and dates. A matcher that
 * reads only vocabulary takes them for versions; one that reads who, where, when and how much does not.
 */
export function distractors(count: number, real: LibraryEntry[], seed: number, perStory = 4): LibraryEntry[] {
  const random = rng(seed);
  const names = [...new Set(real.flatMap((e) => e.text.match(NAME) ?? []))];
  const out: LibraryEntry[] = [];
  for (let story = 0; out.length < count; story++) {
    const map = new Map<string, string>();
    const shift = 1 + Math.floor(random() * 9);
    const years = 1 + Math.floor(random() * 6);
    const source = real[Math.floor(random() * real.length)] as LibraryEntry;
    for (const word of new Set(source.text.match(NAME) ?? [])) {
      if (STOPWORDS.has(word.toLowerCase())) continue;
      // A few names stay (a similar event in the same place, with the same agency).
      map.set(word, random() < 0.15 ? word : (names[Math.floor(random() * names.length)] as string));
    }
    // A text naming (almost) no one, once renamed, is the same text: a copy, not another event.
    if ([...map].filter(([from, to]) => from !== to).length < MIN_RENAMED) continue;
    for (let k = 0; k < perStory && out.length < count; k++) {
      const lines = source.text.split('\n');
      // Each version of the story keeps most sentences, in its own selection.
      const kept = lines.filter(() => random() < 0.8).join('\n') || source.text;
      const text = kept
        .replace(/\b(19|20)(\d\d)\b/g, (_, c: string, y: string) => String(Number(c + y) + years))
        .replace(/\b\d+\b/g, (n) => (n.length === 4 ? n : String(Number(n) + shift)))
        .replace(NAME, (word) => map.get(word) ?? word);
      out.push({ id: `dis${seed}-${story}-${k}`, text });
    }
  }
  return out;
}

/** A capitalised word, as the distractors rename them. */
const NAME = /\b\p{Lu}\p{Ll}{2,}\b/gu;
/** Names a distractor story must change (see distractors()). */
const MIN_RENAMED = 3;
