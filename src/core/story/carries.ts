// What a fact carries that a reader would check — figures, dates, names — and how much that weighs. The
// ranking of facts rests on it: a sentence with a toll, a place and a day outranks commentary.
import type { FactCarries } from '../model';
import { canonicalTerms, datesOf, isDateWord, numbersOf, stem, tokenize, type Token } from '../text';

/** Where a capital letter says nothing: the sentence's start, or the start of a quotation or a clause. */
const OPENS = /(^|[“"‘'([:—–-])\s*$/;

function isNameWord(token: Token): boolean {
  return token.capitalized && !token.stop && !token.isNumber && !isDateWord(token);
}

/** Runs of capitalised words that do not merely start a sentence: "Vladimir Putin", "Kyiv". */
function namesOf(text: string, tokens: Token[]): string[] {
  const names: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) names.push(text.slice((run[0] as Token).start, (run.at(-1) as Token).end));
    run = [];
  };
  tokens.forEach((token, i) => {
    if (!isNameWord(token)) return flush();
    const adjacent = run.length > 0 && /^\s*$/.test(text.slice((run.at(-1) as Token).end, token.start));
    if (!adjacent) flush();
    const opening = run.length === 0 && OPENS.test(text.slice(0, token.start));
    // An opening capital counts only when the next word is capitalised too ("Vladimir Putin said").
    if (opening && !(tokens[i + 1] && isNameWord(tokens[i + 1] as Token))) return;
    run.push(token);
  });
  flush();
  return [...new Set(names)];
}

/**
 * A report reads each sentence several times (is it a fragment, what does it carry, which facts does it
 * meet): its tokens and what it carries are kept for the sentences of the last few clicks.
 */
const MEMO_LIMIT = 4000;
const tokenMemo = new Map<string, Token[]>();
const carriesMemo = new Map<string, FactCarries>();

function remember<T>(memo: Map<string, T>, text: string, make: () => T): T {
  let value = memo.get(text);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = make();
    memo.set(text, value);
  }
  return value;
}

/** The tokens of a sentence, remembered. */
export function tokensOf(text: string): Token[] {
  return remember(tokenMemo, text, () => tokenize(text));
}

/** The figures, dates and names a sentence carries, as written. */
export function carriesOf(text: string): FactCarries {
  return remember(carriesMemo, text, () => {
    const tokens = tokensOf(text);
    const terms = canonicalTerms(tokens, stem);
    return {
      numbers: [...new Set(numbersOf(tokens, terms, text).map((d) => d.text))],
      dates: [...new Set(datesOf(tokens).map((d) => d.text))],
      names: namesOf(text, tokens),
    };
  });
}

/** How many content words a sentence has (function words and punctuation not counted). */
export function contentWords(text: string): number {
  return tokensOf(text).filter((t) => !t.stop).length;
}

/**
 * Too short to be a fact: "Why?", "[Engadget]", "But we don't know that for sure." A sentence of fewer than
 * FRAGMENT_WORDS content words is a fragment unless it gives a figure ("Three people died.").
 */
export const FRAGMENT_WORDS = 4;

export function isFragment(text: string, carries: FactCarries = carriesOf(text)): boolean {
  const words = contentWords(text);
  return words < FRAGMENT_WORDS - 1 || (words < FRAGMENT_WORDS && carries.numbers.length === 0);
}

/**
 * Rank weight of a fact. A figure is what a fact-checker chases first, then names (people, places,
 * bodies) and dates; each kind counts up to a cap so that a long list of names does not outweigh a toll.
 * Each further outlet reporting the fact adds as much as a name: what several report is less likely noise.
 */
export function weightOf(carries: FactCarries, outlets: number): number {
  return (
    1 +
    2 * Math.min(carries.numbers.length, 2) +
    Math.min(carries.names.length, 3) +
    Math.min(carries.dates.length, 1) +
    Math.max(0, outlets - 1)
  );
}
