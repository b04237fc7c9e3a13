// Folding what would be listed twice: two outlets' wordings of one fact, or one wording in two spellings
// ("terrorised" / "terrorized"), become one fact that keeps the other wordings as its evidence.
import { distance } from 'fastest-levenshtein';
import { tokensOf } from './carries';

/** Sentences whose content words overlap this much (Dice, spelling variants matching) report one fact. */
export const SAME_FACT = 0.5;

/** The content words of a sentence, one per stem, with a spelling of it. */
export type ContentWords = Map<string, string>;

export function contentWordsOf(text: string): ContentWords {
  const words: ContentWords = new Map();
  for (const t of tokensOf(text)) if (!t.stop && !words.has(t.stem)) words.set(t.stem, t.norm);
  return words;
}

/**
 * Two spellings of one word: one edit apart in words of six letters or more ("terrorised" / "terrorized",
 * "honoured" / "honored"), never two different figures or short words ("Iran" / "Iraq" are four letters).
 */
function spellingVariants(a: string, b: string): boolean {
  // Cheap refusals first: this runs for many word pairs on every click.
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6 || a[0] !== b[0]) return false;
  return !/\d/.test(a + b) && distance(a, b) <= 1;
}

/** Words of `a` whose stem `b` has too. */
function sharedStems(a: ContentWords, b: ContentWords): number {
  let shared = 0;
  for (const stem of a.keys()) if (b.has(stem)) shared++;
  return shared;
}

/** Words of `a` whose stem `b` lacks but that `b` spells another way. */
function sharedSpellings(a: ContentWords, b: ContentWords): number {
  let shared = 0;
  for (const [stem, norm] of a) {
    if (b.has(stem)) continue;
    for (const other of b.values())
      if (spellingVariants(norm, other)) {
        shared++;
        break;
      }
  }
  return shared;
}

/** Dice overlap of two sentences' content words, a word matching its stem or a spelling variant. */
export function overlap(a: ContentWords, b: ContentWords): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * (sharedStems(a, b) + sharedSpellings(a, b))) / (a.size + b.size);
}

/**
 * Whether two sentences report the same fact. Spellings are compared only when they could decide it: not
 * when the stems alone reach SAME_FACT, nor when even every remaining word matching would not.
 */
export function sameFact(a: ContentWords, b: ContentWords): boolean {
  const size = a.size + b.size;
  if (size === 0 || (2 * Math.min(a.size, b.size)) / size < SAME_FACT) return false;
  const stems = sharedStems(a, b);
  if ((2 * stems) / size >= SAME_FACT) return true;
  if ((2 * Math.min(a.size, b.size)) / size < SAME_FACT) return false;
  const needed = Math.ceil((SAME_FACT * size) / 2) - stems;
  return needed <= Math.min(a.size, b.size) - stems && sharedSpellings(a, b) >= needed;
}
