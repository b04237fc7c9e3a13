// Compass directions of a sentence ("30 km north of the city", "northern Peru"), folded to one key so that
// "north-east" meets "northeast" and "northern" meets "north"; names that start with one ("North Korea",
// "South Africa", "West Bank") are names, not directions.
import { DIRECTIONS } from './lexicon-en';
import type { Token } from './tokens';

/** A direction as written and its key. */
export interface Direction {
  key: string;
  text: string;
}

function fold(norm: string): string {
  return norm.replace('-', '').replace(/ern$/, '');
}

/** The compass directions a sentence gives, in order. */
export function directionsOf(tokens: Token[]): Direction[] {
  const out: Direction[] = [];
  tokens.forEach((t, i) => {
    if (!DIRECTIONS.has(t.norm)) return;
    // "North Korea", "the West Bank", "South Africa": a capitalised direction before a name is part of it.
    if (t.capitalized && tokens[i + 1]?.capitalized) return;
    if (t.capitalized && i > 0 && /^(the)$/i.test(tokens[i - 1]?.norm ?? '')) return;
    out.push({ key: fold(t.norm), text: t.text });
  });
  return out;
}
