// Canonical terms: the keys under which two outlets' wordings of the same detail meet. "20%" and
// "20 percent", "World War II" and "World War Two", "Zelensky" and "Zelenskyy", "U.S." and "US" give one key.
import { PHRASES, UNITS, UNIT_SUFFIX } from './lexicon-en';
import type { Token } from './tokens';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Set phrases by their first word: "not made public" and "undisclosed" give one key. */
const PHRASES_BY_FIRST: ReadonlyMap<string, { words: string[]; key: string }[]> = (() => {
  const map = new Map<string, { words: string[]; key: string }[]>();
  for (const [phrase, key] of PHRASES) {
    const words = phrase.split(' ');
    const list = map.get(words[0] as string) ?? [];
    list.push({ words, key });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0] as string, list);
  }
  return map;
})();

/** The set phrase starting at token i, longest first, or undefined. */
function phraseAt(tokens: Token[], i: number): { key: string; length: number } | undefined {
  const list = PHRASES_BY_FIRST.get((tokens[i] as Token).norm);
  const found = list?.find((p) => p.words.every((w, k) => tokens[i + k]?.norm === w));
  return found ? { key: found.key, length: found.words.length } : undefined;
}

/** One key per unit whatever its spelling: "m", "metre" and "meters" meet. */
function unitKey(word: string): string {
  const info = UNITS.get(word);
  return info ? `${info.measure}:${info.factor}` : word;
}

// Maps, not plain objects: lookups of arbitrary words in an object literal are slow in V8.
function entries<V>(record: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(record));
}

/** Number words up to the tens; larger figures are almost always written in digits in news text. */
// prettier-ignore
export const NUMBER_WORDS: ReadonlyMap<string, number> = entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
});

const SCALES: ReadonlyMap<string, number> = entries({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});
const ROMAN: ReadonlyMap<string, number> = entries({
  ii: 2,
  iii: 3,
  iv: 4,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  xi: 11,
});
const PERCENT = new Set(['percent', 'per cent', 'pct', '%']);

/** Spellings of the same place or name that transliteration and house style produce. */
// prettier-ignore
const VARIANTS: ReadonlyMap<string, string> = entries({
  kiev: 'kyiv', 'u.s': 'usa', 'u.s.a': 'usa', 'united states': 'usa', america: 'usa', 'u.k': 'uk',
  britain: 'uk', 'u.n': 'un', moskva: 'moscow', odessa: 'odesa', kharkov: 'kharkiv',
});

/** First words of the two-word keys above: only these need the pair built. */
const PAIR_STARTS = new Set(['per', 'united']);

/** Numeric value of a token that spells a number ("twenty", "1,000", "3.5"), or null. */
export function numberValue(token: Pick<Token, 'norm' | 'isNumber'>): number | null {
  if (token.isNumber) {
    const value = Number(token.norm.replace(/%$/, '').replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  return NUMBER_WORDS.get(token.norm) ?? null;
}

/**
 * Collapses doubled letters, folds "i"/"y" endings and drops the dots of initials: Zelenskyy, Zelenskiy and
 * Zelensky meet (also once stemmed), and so do "P.J." and "PJ".
 */
export function nameKey(norm: string): string {
  return norm
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/[iy]+$/u, 'y');
}

/** Canonical spelling of a number: integers without separators, decimals trimmed. */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** One canonical term: the key, and the tokens of the source text it stands for. */
export interface Term {
  /** The key ("20", "%", "kyiv", "attack"). */
  key: string;
  /** Index of the first token it came from. */
  first: number;
  /** Index after the last token it came from. */
  last: number;
  /** True for figures (digits or number words). */
  isNumber: boolean;
  /** True for a capitalised word that is not the first of its sentence: a name or entity. */
  isName: boolean;
  /** True for function words. */
  stop: boolean;
}

function isRomanAfterName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return !!t && !!prev && ROMAN.has(t.norm) && /^[IVX]{2,4}$/.test(t.text) && prev.capitalized;
}

/** Reads a number at token i (digits, number words, "twenty-five", a scale word after it). */
function readNumber(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number | null;
  if (isRomanAfterName(tokens, i)) value = ROMAN.get(t.norm) ?? null;
  else if (t.norm.includes('-')) {
    const parts = t.norm.split('-').map((p) => NUMBER_WORDS.get(p));
    value =
      parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined ? parts[0] + parts[1] : null;
  } else value = numberValue(t);
  if (value === null) return null;
  let next = i + 1;
  const after = tokens[next];
  const scale = after ? SCALES.get(after.norm) : undefined;
  if (scale) {
    value *= scale;
    next++;
  }
  return { value, next };
}

/** Splits "four-year" and "US-led" so that each part can meet its counterpart ("four years", "led by the US"). */
function parts(token: Token): string[] {
  return token.norm.includes('-') ? token.norm.split('-').filter((p) => p.length > 0) : [token.norm];
}

// Keys repeat across a text; caching them keeps canonicalTerms linear with a small constant. One cache per
// stemmer: a word's key depends on its language.
const keyCaches = new WeakMap<(norm: string) => string, Map<string, string>>();
const KEY_CACHE_LIMIT = 50_000;

function wordKey(part: string, stemOf: (norm: string) => string): string {
  let keyCache = keyCaches.get(stemOf);
  if (keyCache === undefined) keyCaches.set(stemOf, (keyCache = new Map()));
  let key = keyCache.get(part);
  if (key === undefined) {
    key = nameKey(stemOf(part));
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(part, key);
  }
  return key;
}

/** The canonical terms of a token sequence (one sentence), in order. */
export function canonicalTerms(tokens: Token[], stemOf: (norm: string) => string): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i] as Token;
    const isName = t.capitalized && i > 0 && !ROMAN.has(t.norm);
    const num = readNumber(tokens, i);
    if (num) {
      terms.push({
        key: formatNumber(num.value),
        first: i,
        last: num.next,
        isNumber: true,
        isName: false,
        stop: false,
      });
      if (t.norm.endsWith('%'))
        terms.push({ key: '%', first: i, last: num.next, isNumber: false, isName: false, stop: false });
      i = num.next;
      continue;
    }
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      terms.push({
        key: phrase.key,
        first: i,
        last: i + phrase.length,
        isNumber: false,
        isName: false,
        stop: false,
      });
      i += phrase.length;
      continue;
    }
    const pair = PAIR_STARTS.has(t.norm) ? `${t.norm} ${tokens[i + 1]?.norm ?? ''}` : '';
    if (pair && (PERCENT.has(pair) || VARIANTS.get(pair))) {
      terms.push({
        key: PERCENT.has(pair) ? '%' : (VARIANTS.get(pair) ?? pair),
        first: i,
        last: i + 2,
        isNumber: false,
        isName,
        stop: false,
      });
      i += 2;
      continue;
    }
    if (t.text === 'US' || t.text === 'U.S' || VARIANTS.get(t.norm)) {
      terms.push({
        key: VARIANTS.get(t.norm) ?? 'usa',
        first: i,
        last: i + 1,
        isNumber: false,
        isName: true,
        stop: false,
      });
      i++;
      continue;
    }
    if (PERCENT.has(t.norm)) {
      terms.push({ key: '%', first: i, last: i + 1, isNumber: false, isName: false, stop: false });
      i++;
      continue;
    }
    if (terms[terms.length - 1]?.isNumber && UNITS.has(t.norm) && !t.norm.includes(' ')) {
      terms.push({
        key: unitKey(t.norm),
        first: i,
        last: i + 1,
        isNumber: false,
        isName: false,
        stop: false,
      });
      i++;
      continue;
    }
    const startsWithDigit = isDigit(t.norm.charCodeAt(0));
    const suffixed = startsWithDigit ? UNIT_SUFFIX.exec(t.norm) : null;
    if (suffixed) {
      // "50m", "3km": the figure and its unit, as "50 metres" and "3 km" give them.
      const value = Number((suffixed[1] as string).replace(/,/g, ''));
      terms.push({
        key: formatNumber(value),
        first: i,
        last: i + 1,
        isNumber: true,
        isName: false,
        stop: false,
      });
      terms.push({
        key: unitKey(suffixed[2] as string),
        first: i,
        last: i + 1,
        isNumber: false,
        isName: false,
        stop: false,
      });
      i++;
      continue;
    }
    const written = t.text.split('-');
    parts(t).forEach((part, j) => {
      const digits =
        isDigit(part.charCodeAt(0)) && /^\d[\d,]*(?:\.\d+)?$/.test(part)
          ? Number(part.replace(/,/g, ''))
          : NaN;
      // "66-year-old", "5.8-magnitude": the figure is a figure, as "66 years old" gives it.
      if (Number.isFinite(digits))
        terms.push({
          key: formatNumber(digits),
          first: i,
          last: i + 1,
          isNumber: true,
          isName: false,
          stop: false,
        });
      // "US-led", "US-brokered": the country, not the pronoun "us".
      else if (written[j] === 'US')
        terms.push({ key: 'usa', first: i, last: i + 1, isNumber: false, isName: true, stop: false });
      else
        terms.push({
          key: t.stop ? part : wordKey(part, stemOf),
          first: i,
          last: i + 1,
          isNumber: false,
          isName,
          stop: t.stop,
        });
    });
    i++;
  }
  return terms;
}
