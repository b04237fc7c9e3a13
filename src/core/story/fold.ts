// Folding what would be listed twice: two outlets' wordings of one fact, or one wording in two spellings
// ("terrorised" / "terrorized"), become one fact that keeps the other wordings as its evidence.
import { distance } from 'fastest-levenshtein';
import { tokenize } from '../text';

/** Sentences whose content words overlap this much (Dice, spelling variants matching) report one fact. */
export const SAME_FACT = 0.5;

/** The content words of a sentence, one per stem, with a spelling of it. */
export type ContentWords = Map<string, string>;

export function contentWordsOf(text: string): ContentWords {
  const words: ContentWords = new Map();
  for (const t of tokenize(text)) if (!t.stop && !words.has(t.stem)) words.set(t.stem, t.norm);
  return words;
}

/**
 * Two spellings of one word: one edit apart in words of six letters or more ("terrorised" / "terrorized",
 * "honoured" / "honored"), never two different figures or short words ("Iran" / "Iraq" are four letters).
 */
function spellingVariants(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 6 || /\d/.test(a + b)) return false;
  return distance(a, b) <= 1;
}

/** Dice overlap of two sentences' content words, a word matching its stem or a spelling variant. */
export function overlap(a: ContentWords, b: ContentWords): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const [stem, norm] of a) {
    if (b.has(stem)) shared++;
    else
      for (const other of b.values())
        if (spellingVariants(norm, other)) {
          shared++;
          break;
        }
  }
  return (2 * shared) / (a.size + b.size);
}

/** Whether two sentences report the same fact. */
export function sameFact(a: ContentWords, b: ContentWords): boolean {
  return overlap(a, b) >= SAME_FACT;
}
