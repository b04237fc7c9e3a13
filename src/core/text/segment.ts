// Sentences of a paragraph: Intl.Segmenter (Unicode rules, any language), then the repairs news text needs:
// abbreviations (U.S., Mr., Jan. 5, initials), quotes that span sentences, and stray closing marks.
import { STOPWORDS } from './stopwords';

/** Titles and other abbreviations that never end a sentence: the next word is always part of it. */
const TITLES = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col capt sgt cmdr adm maj st rev hon pres mt ft no nos vs v ' +
    'fig approx dept est corp inc ltd co jr sr'
  ).split(' '),
);

const OPENING = /[“«„]/gu;
const CLOSING = /[”»]/gu;
const MAX_QUOTE_SPAN = 4;

let cached: { locale: string; segmenter: Intl.Segmenter } | undefined;

function segmenterFor(locale: string): Intl.Segmenter {
  if (cached?.locale !== locale) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    cached = { locale, segmenter };
  }
  return cached.segmenter;
}

/** The word before the final period of a segment, lower case: "U.S. " → "u.s", "Mr. " → "mr". */
function lastAbbreviation(segment: string): string | null {
  const match = /(?:^|[\s(“"'‘])([\p{L}.]+)\.\s*$/u.exec(segment);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** True when `next` continues the sentence that `prev` seemed to end. */
function continues(prev: string, next: string): boolean {
  const first = next.trimStart();
  if (first.length === 0) return true;
  if (/^[\p{Ll},;:)\]”’»]/u.test(first) || /^[.!?…]/u.test(first)) return true;
  // A figure written with a spaced-out decimal point: "a magnitude 6. 1 quake".
  if (/\d\.\s*$/u.test(prev) && /^\d/u.test(first)) return true;
  const abbr = lastAbbreviation(prev);
  if (abbr === null) return false;
  if (TITLES.has(abbr)) return true;
  // A short word cut short before a number is an abbreviation: "Jan. 5", "Const. 6", "Vol. 3", "No. 8".
  if (abbr.length <= 5 && /^\d/.test(first)) return true;
  // Initials and dotted abbreviations: "J. R. Smith", "the U.S. President", "a.m. on Monday".
  if (/^\p{L}$/u.test(abbr)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(abbr))
    return (
      /^(\p{Lu}\p{Ll}+\s+\p{Lu}|\d|President|Secretary|Army|Navy|State|Senate|House|Congress|officials?|forces?|troops)/u.test(
        first,
      ) || initialsBeforeName(prev, first)
    );
  return false;
}

/**
 * Capital initials followed by a capitalised word that is no function word name someone ("P.J. Carlesimo",
 * "T.J. Brown"); a sentence that starts after initials starts with a function word as often as not ("the U.S.
 * The next round…") and is then split as Intl.Segmenter splits it.
 */
function initialsBeforeName(prev: string, first: string): boolean {
  if (!/(?:^|[\s(“"'‘])(\p{Lu}\.)+\p{Lu}\.\s*$/u.test(prev)) return false;
  const word = /^\p{Lu}[\p{L}'’-]*/u.exec(first)?.[0];
  return word !== undefined && !STOPWORDS.has(word.toLowerCase());
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** True when a segment opens a curly or straight double quote it does not close. */
function opensQuote(text: string): boolean {
  const curly = count(text, OPENING) - count(text, CLOSING);
  if (curly !== 0) return curly > 0;
  return count(text, /"/g) % 2 === 1;
}

/** One sentence and where it sits in the paragraph. */
export interface SentenceSpan {
  /** The sentence, trimmed. */
  text: string;
  /** Offset of its first character in the paragraph. */
  start: number;
}

/** Splits one paragraph into sentences. `locale` chooses the segmentation rules (default English). */
export function splitSentences(paragraph: string, locale = 'en'): SentenceSpan[] {
  const raw: { text: string; start: number }[] = [];
  for (const s of segmenterFor(locale).segment(paragraph)) raw.push({ text: s.segment, start: s.index });
  const merged: { text: string; start: number }[] = [];
  let quoteSpan = 0;
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    const insideQuote = prev !== undefined && opensQuote(prev.text) && quoteSpan < MAX_QUOTE_SPAN;
    if (prev && (continues(prev.text, seg.text) || insideQuote)) {
      prev.text += seg.text;
      quoteSpan = insideQuote ? quoteSpan + 1 : quoteSpan;
    } else {
      merged.push({ ...seg });
      quoteSpan = 0;
    }
  }
  return merged
    .map((s) => ({ text: s.text.trim(), start: s.start + (s.text.length - s.text.trimStart().length) }))
    .filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}
