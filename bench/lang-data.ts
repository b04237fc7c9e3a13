// The semeval-dev pairs by language, read in place: every text with its known language, and the rated pairs
// of each language (or pair of languages) split in two halves by the parity of a hash of the pair's ids (the
// ids' own parity is uneven: every Italian pair has an even first id).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../test/paths';
import type { Half } from './match-data';

/** One semeval-dev text. */
export interface LangText {
  id: string;
  lang: string;
  text: string;
}

/** One rated pair: overall 1 (very similar) to 4 (different stories). */
export interface RatedPair {
  a: string;
  b: string;
  overall: number;
  half: Half;
}

interface Row {
  lang1: string;
  lang2: string;
  id1: string | number;
  id2: string | number;
  text1: string;
  text2: string;
  overall: number;
}

/** Stable 32-bit hash of a string (FNV-1a), to split pairs without looking at them. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every text of semeval-dev with its language, and every rated pair keyed "de-de", "de-en", … */
export function loadSemevalByLanguage(): { texts: Map<string, LangText>; pairs: Map<string, RatedPair[]> } {
  const rows = readFileSync(join(SHARED, 'corpora/semeval-dev/pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
  const texts = new Map<string, LangText>();
  const pairs = new Map<string, RatedPair[]>();
  for (const r of rows) {
    const a = `sv:${r.id1}`;
    const b = `sv:${r.id2}`;
    texts.set(a, { id: a, lang: r.lang1, text: r.text1 });
    texts.set(b, { id: b, lang: r.lang2, text: r.text2 });
    const key = `${r.lang1}-${r.lang2}`;
    const list = pairs.get(key) ?? [];
    list.push({ a, b, overall: r.overall, half: hash(`${r.id1}_${r.id2}`) % 2 === 0 ? 'tune' : 'heldout' });
    pairs.set(key, list);
  }
  return { texts, pairs };
}
