// Words of a text, normalised so that versions of a story written by different outlets meet:
// case, accents, curly quotes, possessives and word endings (stems of the text's language) are folded away.
import { stemmer } from 'stemmer';
import { languageOf, type Language } from '../lang';
import { STOPWORDS } from './stopwords';

/** One word (or number) of a text, with its normal forms. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower case, accents and apostrophes folded, possessive removed: "Zelensky’s" → "zelensky". */
  norm: string;
  /** Stem of the word in its language (Porter for English; numbers are kept as they are). */
  stem: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset after the last character in the source text. */
  end: number;
  /** True for figures: "20", "1,000", "3.5", "20%". */
  isNumber: boolean;
  /** True when written with a capital first letter (a name, or a sentence start). */
  capitalized: boolean;
  /** True for function words of its language ("the", "and", "said"; "der", "und") that carry no fact of their own. */
  stop: boolean;
}

// Letters, digits and marks, with inner apostrophes, hyphens, dots and commas between digits. A dot before a
// capitalised word is a missing space, not part of a word: "P.J.Carlesimo" is "P.J" and "Carlesimo".
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-,]|\.(?!\p{Lu}\p{Ll}))(?=[\p{L}\p{N}])[\p{L}\p{N}\p{M}]+)*%?/gu;
const NUMBER = /^\d[\d,.]*%?$/;

// Stemming is the hot spot of tokenising; news vocabulary repeats, so a bounded cache pays for itself.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Porter stem of a normalised English word, cached. */
function englishStem(norm: string): string {
  let result = stemCache.get(norm);
  if (result === undefined) {
    result = stemmer(norm);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(norm, result);
  }
  return result;
}

// One stable function per language, so that callers may key their own caches by it.
const stemmers = new Map<string, (norm: string) => string>();

/** The cached stemmer of a language (English, the default: Porter). */
export function stemmerFor(lang?: string | null): (norm: string) => string {
  const language = languageOf(lang);
  if (language.code === 'en') return englishStem;
  let fn = stemmers.get(language.code);
  if (fn === undefined) {
    const cache = new Map<string, string>();
    fn = (norm) => {
      let result = cache.get(norm);
      if (result === undefined) {
        result = language.stem(norm);
        if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
        cache.set(norm, result);
      }
      return result;
    };
    stemmers.set(language.code, fn);
  }
  return fn;
}

/** Stem of a normalised word in a language (English, the default: Porter), cached. */
export function stem(norm: string, lang?: string | null): string {
  return lang ? stemmerFor(lang)(norm) : englishStem(norm);
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

/** A figure written with a decimal comma, as English writes it: "1.000,5" → "1000.5", "2,5%" → "2.5%". */
function decimalComma(word: string): string {
  return word.replace(/\.(?=\d{3}\b)/g, '').replace(/,(?=\d)/, '.');
}

/** What a word's tokens share wherever it occurs. */
type WordInfo = Pick<Token, 'norm' | 'stem' | 'isNumber' | 'capitalized' | 'stop'>;

// News text repeats its words: everything a token derives from its word is computed once per distinct word,
// in each language apart ("die" is a German article and an English verb).
const wordCaches = new Map<string, Map<string, WordInfo>>();

function wordInfo(word: string, language: Language): WordInfo {
  let cache = wordCaches.get(language.code);
  if (cache === undefined) wordCaches.set(language.code, (cache = new Map()));
  let info = cache.get(word);
  if (info === undefined) {
    const english = language.code === 'en';
    // French and Italian write articles onto the word: "l'université", "d'Emmanuel", "dell'Europa".
    const bare = language.elision ? word.replace(language.elision, '') || word : word;
    const isNumber = NUMBER.test(word);
    const norm = isNumber && language.decimal === ',' ? decimalComma(word) : normalizeWord(bare);
    info = {
      norm,
      // Snowball stemmers read accents ("université" → "univers", "universite" → "universit"): stemmed
      // before folding, the stem folded after.
      stem: isNumber
        ? norm
        : english
          ? englishStem(norm)
          : stemmerFor(language.code)(bare.toLowerCase().replace(/[’‘`]/g, "'")),
      isNumber,
      capitalized: /^\p{Lu}/u.test(bare),
      stop: english ? STOPWORDS.has(norm) : language.stopwords.has(norm),
    };
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, info);
  }
  return info;
}

/** Splits text into tokens, in order, with the stems and stop words of its language (default English). */
export function tokenize(text: string, lang?: string | null): Token[] {
  const language = languageOf(lang);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const info = wordInfo(word, language);
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
