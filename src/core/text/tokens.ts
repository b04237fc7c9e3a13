// Words of a text, normalised so that versions of a story written by different outlets meet:
// case, accents, curly quotes, possessives and word endings (Porter stems) are folded away.
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords';

/** One word (or number) of a text, with its normal forms. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower case, accents and apostrophes folded, possessive removed: "Zelensky’s" → "zelensky". */
  norm: string;
  /** Porter stem of `norm` (numbers are kept as they are). */
  stem: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset after the last character in the source text. */
  end: number;
  /** True for figures: "20", "1,000", "3.5", "20%". */
  isNumber: boolean;
  /** True when written with a capital first letter (a name, or a sentence start). */
  capitalized: boolean;
  /** True for function words ("the", "and", "said") that carry no fact of their own. */
  stop: boolean;
}

// Letters, digits and marks, with inner apostrophes, hyphens, dots and commas between digits. A dot before a
// capitalised word is a missing space, not part of a word: "P.J.Carlesimo" is "P.J" and "Carlesimo".
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-,]|\.(?!\p{Lu}\p{Ll}))(?=[\p{L}\p{N}])[\p{L}\p{N}\p{M}]+)*%?/gu;
const NUMBER = /^\d[\d,.]*%?$/;

// Stemming is the hot spot of tokenising; news vocabulary repeats, so a bounded cache pays for itself.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Porter stem of a normalised word, cached. */
export function stem(norm: string): string {
  let result = stemCache.get(norm);
  if (result === undefined) {
    result = stemmer(norm);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(norm, result);
  }
  return result;
}

const normCache = new Map<string, string>();

/** Folds case, accents, typographic apostrophes and a final possessive. */
export function normalizeWord(word: string): string {
  let norm = normCache.get(word);
  if (norm === undefined) {
    norm = foldWord(word);
    if (normCache.size >= STEM_CACHE_LIMIT) normCache.clear();
    normCache.set(word, norm);
  }
  return norm;
}

function foldWord(word: string): string {
  let norm = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
  norm = norm.replace(/'s$/, '').replace(/s'$/, 's');
  if (NUMBER.test(norm)) norm = norm.replace(/,(?=\d{3}\b)/g, '');
  return norm;
}

/** What a word's tokens share wherever it occurs. */
type WordInfo = Pick<Token, 'norm' | 'stem' | 'isNumber' | 'capitalized' | 'stop'>;

// News text repeats its words: everything a token derives from its word is computed once per distinct word.
const wordCache = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info === undefined) {
    const norm = normalizeWord(word);
    const isNumber = NUMBER.test(word);
    info = {
      norm,
      stem: isNumber ? norm : stem(norm),
      isNumber,
      capitalized: /^\p{Lu}/u.test(word),
      stop: STOPWORDS.has(norm),
    };
    if (wordCache.size >= STEM_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, info);
  }
  return info;
}

/** Splits text into tokens, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const info = wordInfo(word);
    tokens.push({
      text: word,
      norm: info.norm,
      stem: info.stem,
      start: match.index,
      end: match.index + word.length,
      isNumber: info.isNumber,
      capitalized: info.capitalized,
      stop: info.stop,
    });
  }
  return tokens;
}
