// What each figure of a sentence measures: its value on a common scale, its unit (km, minutes, %, a
// currency), and the thing it counts or the event it belongs to ("12 people died", "killing two",
// "a 5.8 quake", "66-year-old"). Two figures are compared only when they measure the same thing.
import {
  ANYONE,
  APPROXIMATE,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  EVENTS,
  MERIDIEM,
  MONEY_SCALES,
  PEOPLE,
  QUALIFIERS,
  SCALES,
  UNITS,
  UNIT_SUFFIX,
} from './lexicon-en';
import { NUMBER_WORDS } from './normalize';
import { stem, type Token } from './tokens';

/** How a figure is compared and shown: a count, a duration, a time of day or a sum of money. */
export type QuantityKind = 'number' | 'duration' | 'time' | 'amount';

/** One figure of a sentence and what it measures. */
export interface Quantity {
  /** The value on the measure's common scale (metres, seconds, minutes after midnight, currency units). */
  value: number;
  /** What it measures, as a reader would name it: "dead", "injured", "age", "magnitude", "buildings". */
  measure: string;
  /** Key under which two figures measure the same thing (the measure, nouns by stem). */
  key: string;
  /** How the figure is compared and shown. */
  kind: QuantityKind;
  /** ISO code of the currency of an amount, when the text gives one. */
  currency?: string;
  /** True when qualified ("about", "at least", "nearly"): a near value is not a contradiction. */
  approx: boolean;
  /** The figure as written, qualifier included: "at least 12", "€2.3 million", "nearly an hour". */
  text: string;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
}

const WORD_NUMBER = (norm: string): number | undefined => NUMBER_WORDS.get(norm);

/** Value of a figure written in one token part: digits ("1,200", "5.8") or a number word ("three"). */
function partValue(part: string): number | null {
  if (/^\d[\d,]*(?:\.\d+)?$/.test(part)) {
    const v = Number(part.replace(/,/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  const w = WORD_NUMBER(part);
  if (w !== undefined) return w;
  const [a, b] = part.split('-');
  const x = a ? WORD_NUMBER(a) : undefined;
  const y = b ? WORD_NUMBER(b) : undefined;
  return x !== undefined && y !== undefined && x >= 20 && y < 10 ? x + y : null;
}

/** The figure at token i: its value and the unit words written onto it ("66-year-old" → 66, [year, old]). */
function figureAt(tokens: Token[], i: number): { value: number; suffix: string[]; score?: number } | null {
  const t = tokens[i] as Token;
  const norm = t.norm.replace(/%$/, '');
  const suffixed = UNIT_SUFFIX.exec(norm);
  if (suffixed)
    return { value: Number((suffixed[1] as string).replace(/,/g, '')), suffix: [suffixed[2] as string] };
  if (norm.includes('-')) {
    const parts = norm.split('-');
    // "9-14", "162-139": a record or a score, one figure of two numbers (compared whole).
    if (parts.length === 2 && parts.every((p) => /^\d+$/.test(p)))
      return { value: Number(parts[0]), suffix: [], score: Number(parts[1]) };
    // "twenty-five" is one number; "66-year-old", "5.8-magnitude", "two-day" are a figure and its unit.
    const whole = partValue(norm);
    if (whole !== null && parts.length === 2 && !/\d/.test(norm)) return { value: whole, suffix: [] };
    const v = partValue(parts[0] ?? '');
    return v === null ? null : { value: v, suffix: parts.slice(1) };
  }
  const v = partValue(norm);
  return v === null ? null : { value: v, suffix: [] };
}

/** The event a count belongs to, from the words between `from` and `to` (nearest first when `to` < `from`). */
function eventNear(tokens: Token[], from: number, to: number): string | undefined {
  const step = to < from ? -1 : 1;
  for (let j = from; j !== to && j >= 0 && j < tokens.length; j += step) {
    const t = tokens[j] as Token;
    const e = EVENTS.get(t.stem) ?? EVENTS.get(t.norm);
    if (e) return e;
  }
  return undefined;
}

/** The qualifiers by their last word, each as its words: only a token that ends one needs a look back. */
const QUALIFIERS_BY_LAST: ReadonlyMap<string, string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const q of QUALIFIERS) {
    const words = q.split(' ');
    const last = words[words.length - 1] as string;
    map.set(
      last,
      [...(map.get(last) ?? []), words].sort((a, b) => b.length - a.length),
    );
  }
  return map;
})();

/** Qualifier just before token i ("at least", "nearly"), as the index of its first token, or i itself. */
function qualifierStart(tokens: Token[], i: number): number {
  const candidates = QUALIFIERS_BY_LAST.get(tokens[i - 1]?.norm ?? '');
  if (!candidates) return i;
  for (const words of candidates) {
    const at = i - words.length;
    if (at >= 0 && words.every((w, k) => tokens[at + k]?.norm === w)) return at;
  }
  return i;
}

/** Currency sign written just before a token ("$3", "€ 2.3"). */
function signBefore(text: string, token: Token, prev: Token | undefined): string | undefined {
  const gap = text.slice(prev ? prev.end : Math.max(0, token.start - 3), token.start);
  for (const [sign, code] of CURRENCY_SIGNS) if (gap.includes(sign)) return code;
  return undefined;
}

/** Time of day at token i ("04:12", "4 p.m.", "10am"), as minutes after midnight with its end token. */
function timeAt(tokens: Token[], i: number, text: string): { value: number; last: number } | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const written = /^(\d{1,2})(am|pm)$/.exec(t.norm);
  if (written) return { value: hour(Number(written[1]), written[2]?.[0]) * 60, last: i };
  if (!/^\d{1,2}$/.test(t.norm)) return null;
  const h = Number(t.norm);
  if (next && /^\d{2}$/.test(next.norm) && /^(?:[:.]|: )$/.test(text.slice(t.end, next.start)) && h <= 24) {
    const m = meridiem(tokens[i + 2]);
    return { value: hour(h, m) * 60 + Number(next.norm), last: m ? i + 2 : i + 1 };
  }
  const m = meridiem(next);
  return m && h <= 12 ? { value: hour(h, m) * 60, last: i + 1 } : null;
}

/** "a" or "p" for a token that says a.m. or p.m. */
function meridiem(x: Token | undefined): string | undefined {
  return x && MERIDIEM.test(x.norm) ? x.norm[0] : undefined;
}

function hour(h: number, meridiem: string | undefined): number {
  if (meridiem === 'p' && h < 12) return h + 12;
  if (meridiem === 'a' && h === 12) return 0;
  return h;
}

/** Lower-case "one" and "two" are mostly determiners ("one of the", "the two sides"), not counts. */
function isDeterminer(t: Token): boolean {
  return !t.capitalized && (t.norm === 'one' || t.norm === 'two' || t.norm === 'a' || t.norm === 'an');
}

/** What a bare count counts: the event it belongs to, else the noun after it, else null. */
function countMeasure(
  tokens: Token[],
  first: number,
  after: number,
  text: string,
): { measure: string; key: string } | null {
  const next = adjacent(tokens, after, text);
  const direct = next ? (EVENTS.get(next.stem) ?? EVENTS.get(next.norm)) : undefined;
  if (direct) return { measure: direct, key: direct };
  const noun = next && !next.stop && !next.isNumber ? next : undefined;
  // "killing two", "the death toll rose to 12": the event comes before a count that has no noun.
  // "12 people died", "40 people were hurt": a count of people is a count of what happened to them.
  let event: string | undefined;
  if (!noun) event = eventNear(tokens, first - 1, first - 5) ?? eventNear(tokens, after, after + 3);
  else if (PEOPLE.has(noun.norm) || PEOPLE.has(tokens[after + 1]?.norm ?? ''))
    event = eventNear(tokens, after + 1, after + 6) ?? eventNear(tokens, first - 1, first - 5);
  if (event) return { measure: event, key: event };
  if (noun && ANYONE.has(noun.norm)) return { measure: noun.norm, key: 'people' };
  return noun ? { measure: noun.norm, key: noun.stem } : null;
}

/** Token i when only spaces part it from the token before: "49, took" and "10. Instead" count nothing. */
function adjacent(tokens: Token[], i: number, text: string): Token | undefined {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return t && prev && /^\s*$/.test(text.slice(prev.end, t.start)) ? t : undefined;
}

/** True for a bare figure set off by commas after a name: "Comeaux, 49, took", the news way of giving an age. */
function appositiveAge(tokens: Token[], i: number, text: string, value: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev?.capitalized || !/^\d{1,3}$/.test(t.norm) || value > 120) return false;
  return /^,\s*$/.test(text.slice(prev.end, t.start)) && /^\s*,/.test(text.slice(t.end));
}

// A sentence's figures are read by the article's summary, the typed changes and the uncovered clauses alike.
const cache = new WeakMap<Token[], Quantity[]>();

/** True when token i could start a figure: digits, a number word, "a"/"an" (an hour). */
function mayStartFigure(t: Token): boolean {
  const c = t.norm.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (t.norm === 'a' || t.norm === 'an' || NUMBER_WORDS.has(t.norm)) return true;
  const dash = t.norm.indexOf('-');
  return dash > 0 && NUMBER_WORDS.has(t.norm.slice(0, dash));
}

/** The figures of one sentence (tokens of `text`), each with what it measures. */
export function quantitiesOf(tokens: Token[], text: string): Quantity[] {
  const cached = cache.get(tokens);
  if (cached) return cached;
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartFigure(tokens[i] as Token)) continue;
    const q = quantityAt(tokens, i, text);
    if (!q) continue;
    out.push(q.quantity);
    i = q.last;
  }
  cache.set(tokens, out);
  return out;
}

/** True when `word` after the figure `t` is its unit: a magnitude is written in digits ("one earthquake" counts). */
function unitFits(word: string, t: Token): boolean {
  const unit = UNITS.get(word);
  return !!unit && !(unit.measure === 'magnitude' && !/\d/.test(t.norm));
}

function quantityAt(tokens: Token[], i: number, text: string): { quantity: Quantity; last: number } | null {
  const t = tokens[i] as Token;
  const time = timeAt(tokens, i, text);
  if (time) {
    const end = (tokens[time.last] as Token).end;
    return {
      quantity: {
        value: time.value,
        measure: 'time',
        key: 'time',
        kind: 'time',
        approx: false,
        text: text.slice(t.start, end),
        start: t.start,
        end,
      },
      last: time.last,
    };
  }
  // "an hour", "a week": one unit ("a second" is nearly always the ordinal: "a second quake").
  const next = tokens[i + 1]?.norm ?? '';
  const article =
    (t.norm === 'a' || t.norm === 'an') && next !== 'second' && UNITS.get(next)?.measure === 'duration';
  const figure = article ? { value: 1, suffix: [] } : figureAt(tokens, i);
  if (!figure) return null;
  const prev = tokens[i - 1];
  if (isYear(t, prev)) return null;
  // "World War Two", "Apollo Eleven": a number word written as part of a name.
  if (t.capitalized && !t.isNumber && i > 0 && prev?.capitalized) return null;
  let value = figure.value;
  let last = i;
  let currency = signBefore(text, t, prev) ?? CURRENCY_WORDS.get(prev?.norm ?? '');
  const suffix = [...figure.suffix];
  let unitWord = suffix[0];
  if (unitWord === undefined) {
    const scale =
      SCALES.get(tokens[i + 1]?.norm ?? '') ??
      (currency ? MONEY_SCALES.get(tokens[i + 1]?.norm ?? '') : undefined);
    if (scale) {
      value *= scale;
      last = i + 1;
    } else if (currency) value *= rangeScale(tokens, i, text);
    const after = tokens[last + 1];
    const word = CURRENCY_WORDS.get(after?.norm ?? '');
    if (word && !(UNITS.has(after?.norm ?? '') && !currency && word === 'GBP')) {
      currency ??= word;
      last += 1;
    } else if (
      after &&
      (unitFits(after.norm, t) || (after.norm === 'per' && tokens[last + 2]?.norm === 'cent'))
    ) {
      unitWord = after.norm === 'per' ? 'per cent' : after.norm;
      last += after.norm === 'per' ? 2 : 1;
    }
  } else if (currency && MONEY_SCALES.has(unitWord)) {
    value *= MONEY_SCALES.get(unitWord) as number;
    unitWord = undefined;
  }
  if (t.norm.endsWith('%')) unitWord = '%';
  const from = qualifierStart(tokens, i);
  const approx = from < i || APPROXIMATE.has(prev?.norm ?? '');
  const start = (tokens[from] as Token).start;
  const end = (tokens[last] as Token).end;
  const written = text.slice(currency && signBefore(text, t, prev) && from === i ? start - 1 : start, end);
  const base = { approx, text: written.replace(/^[^\p{L}\p{N}$€£¥₹]+/u, ''), start, end };
  if (currency)
    return { quantity: { ...base, value, measure: 'amount', key: 'amount', kind: 'amount', currency }, last };
  const info = unitWord ? UNITS.get(unitWord) : undefined;
  if (info) {
    const age =
      info.measure === 'duration' &&
      unitWord?.startsWith('year') &&
      (suffix[1] === 'old' || tokens[last + 1]?.norm === 'old' || prev?.norm === 'aged');
    if (age)
      return {
        quantity: {
          ...base,
          value,
          measure: 'age',
          key: 'age',
          kind: 'number',
          text: t.text.split('-')[0] ?? t.text,
        },
        last,
      };
    const speed = info.measure === 'distance' && /^\/\s*h/.test(text.slice(end));
    if (speed) {
      const kmh = { ...base, end: end + 2, text: text.slice(start, end + 2) };
      return {
        quantity: {
          ...kmh,
          value: (value * info.factor) / 3600,
          measure: 'speed',
          key: 'speed',
          kind: 'number',
        },
        last,
      };
    }
    const kind = info.measure === 'duration' ? 'duration' : 'number';
    const shown = info.measure === 'magnitude' ? (t.text.split('-')[0] ?? t.text) : base.text;
    return {
      quantity: {
        ...base,
        text: shown,
        value: value * info.factor,
        measure: info.measure,
        key: info.measure,
        kind,
      },
      last,
    };
  }
  if (prev?.norm === 'magnitude' || (prev?.norm === 'aged' && !article)) {
    const m = prev.norm === 'magnitude' ? 'magnitude' : 'age';
    return { quantity: { ...base, value, measure: m, key: m, kind: 'number' }, last };
  }
  if (figure.score !== undefined) return scoreAt(tokens, i, text, figure, base);
  if (suffix[0] !== undefined && /^\p{L}{3,}$/u.test(suffix[0])) {
    // "three-game losing streak", "two-vehicle crash": the word written onto the figure is what it counts.
    const noun = stem(suffix[0]);
    return { quantity: { ...base, value, measure: suffix[0], key: noun, kind: 'number' }, last };
  }
  if (appositiveAge(tokens, i, text, value))
    return { quantity: { ...base, value, measure: 'age', key: 'age', kind: 'number' }, last };
  const counted = countMeasure(tokens, from, last + 1, text);
  if (!counted || (isDeterminer(t) && !EVENTS_KEYS.has(counted.key))) return null;
  return { quantity: { ...base, value, measure: counted.measure, key: counted.key, kind: 'number' }, last };
}

const EVENTS_KEYS = new Set(EVENTS.values());

/**
 * The scale a range of sums writes once, after its second figure: "$140- $150 million", "$140 to $150 million"
 * give the first sum in millions too. 1 when the figure at i starts no such range.
 */
function rangeScale(tokens: Token[], i: number, text: string): number {
  const to = tokens[i + 1]?.norm === 'to' ? 1 : 0;
  const second = tokens[i + 1 + to];
  const gap = text.slice((tokens[i] as Token).end, second?.start ?? 0);
  if (!second?.isNumber || !(to ? /^\s+to\s+[$€£¥₹]?\s*$/u : /^\s*[-–]\s*[$€£¥₹]?\s*$/u).test(gap)) return 1;
  const next = tokens[i + 2 + to]?.norm ?? '';
  return SCALES.get(next) ?? MONEY_SCALES.get(next) ?? 1;
}

/**
 * A record or score ("a 162-139 record", "the Sixers (9-14)"): what it is a record of is the noun written
 * right after it, else a record. A season written "2008-09" is a date.
 */
function scoreAt(
  tokens: Token[],
  i: number,
  text: string,
  figure: { value: number; score?: number },
  base: Pick<Quantity, 'approx' | 'start' | 'end'>,
): { quantity: Quantity; last: number } | null {
  const t = tokens[i] as Token;
  if (/^(1[89]|20)\d\d-\d\d$/.test(t.norm)) return null;
  const next = adjacent(tokens, i + 1, text);
  const noun = next && !next.stop && !next.isNumber && /^\p{L}+$/u.test(next.norm) ? next : undefined;
  const measure = noun?.norm ?? 'record';
  return {
    quantity: {
      ...base,
      text: t.text,
      value: figure.value * 1e6 + (figure.score ?? 0),
      measure,
      key: noun?.stem ?? 'record',
      kind: 'number',
    },
    last: i,
  };
}

/** A year or a day of a month is a date, not a figure. */
function isYear(t: Token, prev: Token | undefined): boolean {
  if (/^(1[89]|20)\d\d$/.test(t.norm) && t.isNumber) return true;
  return !!prev && prev.capitalized && MONTH_NAMES.has(prev.norm) && /^\d{1,2}$/.test(t.norm);
}

const MONTH_NAMES = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/**
 * True when two figures of the same measure say the same: equal values, or near ones (within a tenth) when
 * either is qualified ("nearly 3 million" / "2.9 million"); amounts also need the same currency.
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'amount' && a.currency && b.currency && a.currency !== b.currency) return false;
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  if (Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, big)) return true;
  return (a.approx || b.approx) && Math.abs(a.value - b.value) <= 0.1 * big;
}
