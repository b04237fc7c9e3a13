// Typed changes inside an aligned pair: figures, dates, names, quotes and telling word substitutions.
// Equivalents after normalisation ("20%" / "20 percent", "World War II" / "World War Two") are not changes,
// and neither are everyday rewordings (synonyms, function words): a reader wants the details that differ.
import { synonymKey } from '../text/synonyms';
import type { Change, DiffOp } from '../model';
import { tokenize, type Term, type Token } from '../text';
import { datesOf, isDateWord, quotesOf, speakerOf, type Detail } from '../text/details';
import { quantitiesOf, sameQuantity, type Quantity } from '../text/quantities';
import { directionsOf } from '../text/directions';
import { UNITS } from '../text/lexicon-en';
import { tokenised, type Tokenised } from './joined';
import { changesMeaning } from './meaning';
import { actorKey } from './metonyms';

/** What a side of a pair offers for comparison, computed once. */
interface Side {
  text: string;
  tokens: Token[];
  terms: Term[];
  /** Every canonical key of the side (content and function words). */
  keys: Set<string>;
  /** Canonical keys of names (capitalised words not starting a sentence). */
  names: Set<string>;
  /** Every canonical key, synonyms not folded. */
  rawKeys: Set<string>;
}

function sideOf({ text, tokens, terms }: Tokenised): Side {
  const names = new Set(
    terms.filter((t) => t.isName && !isDateWord(tokens[t.first] as Token)).map((t) => t.key),
  );
  const rawKeys = new Set(terms.map((t) => t.key));
  return { text, tokens, terms, keys: new Set(terms.map((t) => synonymKey(t.key))), names, rawKeys };
}

/**
 * Details in one list and not the other, paired up in order; leftovers face "". A figure left facing nothing is
 * kept only when the other side speaks of the same thing (a word next to the figure is there too): "20% of
 * Donetsk" / "parts of Donetsk" is a figure one side omits, "since World War II" / (no such phrase) is not.
 */
function detailChanges(
  kind: Change['kind'],
  base: Detail[],
  other: Detail[],
  sides?: [Side, Side],
): Change[] {
  const otherKeys = new Set(other.map((d) => d.key));
  const baseKeys = new Set(base.map((d) => d.key));
  const onlyBase = [...new Map(base.filter((d) => !otherKeys.has(d.key)).map((d) => [d.key, d])).values()];
  const onlyOther = [...new Map(other.filter((d) => !baseKeys.has(d.key)).map((d) => [d.key, d])).values()];
  const out: Change[] = [];
  for (let i = 0; i < Math.max(onlyBase.length, onlyOther.length); i++) {
    const b = onlyBase[i];
    const o = onlyOther[i];
    if (sides && !o && b && !speaksOf(b, sides[1])) continue;
    if (sides && !b && o && !speaksOf(o, sides[0])) continue;
    out.push({ kind, base: b?.text ?? '', other: o?.text ?? '' });
  }
  return out;
}

/**
 * The change of two figures that measure the same thing, typed by what they measure; a figure facing nothing is
 * a one-sided change (more or less precise, not contradicted).
 */
function quantityChange(b: Quantity | undefined, o: Quantity | undefined): Change {
  const q = (b ?? o) as Quantity;
  const kind = b && o ? q.kind : 'one-sided';
  return { kind, base: b?.text ?? '', other: o?.text ?? '', measure: q.measure };
}

/**
 * Figures that differ, only between figures that measure the same thing (a toll against a toll, a magnitude
 * against a magnitude; never a count of houses against a count of dead), near values of a qualified figure
 * ("nearly 3 million" / "2.9 million") being the same. A figure the other side lacks is reported only when
 * nothing there measures the same thing and a word next to it is there too ("20% of Donetsk" / "parts of
 * Donetsk"); otherwise it is a fact one side adds, not a detail that differs.
 */
function quantityChanges(base: Quantity[], other: Quantity[], sides: [Side, Side]): Change[] {
  const out: Change[] = [];
  const keys = [...new Set([...base, ...other].map((q) => q.key))];
  for (const key of keys) {
    const bs = base.filter((q) => q.key === key);
    const os = other.filter((q) => q.key === key);
    const onlyB = bs.filter((b) => !os.some((o) => sameQuantity(b, o)));
    const onlyO = os.filter((o) => !bs.some((b) => sameQuantity(b, o)));
    if (bs.length > 0 && os.length > 0) {
      out.push(...facing(onlyB, onlyO, sides));
      continue;
    }
    for (const b of onlyB) if (figureSpokenOf(b, sides[0], sides[1])) out.push(quantityChange(b, undefined));
    for (const o of onlyO) if (figureSpokenOf(o, sides[1], sides[0])) out.push(quantityChange(undefined, o));
  }
  return out;
}

/**
 * Figures of one measure that differ, set against each other in order. A duration is a duration of anything
 * ("two seconds remaining" / "eight years ago", "one day after the loss" / "a year after the playoffs"): two
 * are set against each other only when words around them are shared, which says they time the same thing.
 */
function facing(onlyB: Quantity[], onlyO: Quantity[], sides: [Side, Side]): Change[] {
  const out: Change[] = [];
  const free = [...onlyO];
  for (const b of onlyB) {
    const at =
      b.kind === 'duration'
        ? free.findIndex((o) => sharesContext(b, sides[0], o, sides[1]))
        : free.length > 0
          ? 0
          : -1;
    if (at < 0) continue;
    out.push(quantityChange(b, free[at]));
    free.splice(at, 1);
  }
  return out;
}

/** Content words this many terms either side of a figure say what it is a figure of. */
const CONTEXT = 4;

/**
 * Content keys of the words around a figure: not names (the people a whole story is about stand near every
 * figure of it) and not the words of other figures ("40-year-old").
 */
function contextOf(q: Quantity, side: Side): Set<string> {
  const keys = new Set<string>();
  const before = firstTermFrom(side, q.start);
  const after = firstTermFrom(side, q.end);
  const figures = quantitiesOf(side.tokens, side.text);
  const take = (t: Term | undefined) => {
    if (!t || t.stop || t.isNumber || t.isName || t.key.length < 2) return;
    const at = (side.tokens[t.first] as Token).start;
    if (!figures.some((f) => at >= f.start && at < f.end) && !UNITS.has((side.tokens[t.first] as Token).norm))
      keys.add(synonymKey(t.key));
  };
  for (let j = Math.max(0, before - CONTEXT); j < before; j++) take(side.terms[j]);
  for (let j = after; j < Math.min(side.terms.length, after + CONTEXT); j++) take(side.terms[j]);
  return keys;
}

function sharesContext(a: Quantity, sideA: Side, b: Quantity, sideB: Side): boolean {
  const theirs = contextOf(b, sideB);
  return [...contextOf(a, sideA)].some((k) => theirs.has(k));
}

/** True when `theirs` has a content word that stands next to the figure in `mine`, and not the figure itself. */
function figureSpokenOf(q: Quantity, mine: Side, theirs: Side): boolean {
  if (q.kind !== 'number' && q.kind !== 'amount') return false;
  const at = mine.terms.findIndex((t) => (mine.tokens[t.first] as Token).start >= q.start);
  const until = mine.terms.findIndex((t) => (mine.tokens[t.first] as Token).start >= q.end);
  const content = (t: Term | undefined) =>
    !!t &&
    !t.stop &&
    !t.isNumber &&
    t.key !== '%' &&
    t.key.length > 1 &&
    !isDateWord(mine.tokens[t.first] as Token);
  const near: string[] = [];
  for (let j = at - 1; j >= Math.max(0, at - 3); j--)
    if (content(mine.terms[j])) {
      near.push((mine.terms[j] as Term).key);
      break;
    }
  const from = until < 0 ? mine.terms.length : until;
  for (let j = from; j < Math.min(mine.terms.length, from + 3); j++)
    if (content(mine.terms[j])) {
      near.push((mine.terms[j] as Term).key);
      break;
    }
  return near.some((key) => theirs.rawKeys.has(key));
}

/** Compass directions that differ between the two sides ("30 km north of" / "30 km east of"). */
function directionChanges(base: Side, other: Side): Change[] {
  const b = directionsOf(base.tokens);
  const o = directionsOf(other.tokens);
  if (b.length === 0 || o.length === 0) return [];
  const onlyB = b.filter((d) => !o.some((x) => x.key === d.key));
  const onlyO = o.filter((d) => !b.some((x) => x.key === d.key));
  const out: Change[] = [];
  for (let i = 0; i < Math.min(onlyB.length, onlyO.length); i++)
    out.push({
      kind: 'place',
      base: onlyB[i]?.text ?? '',
      other: onlyO[i]?.text ?? '',
      measure: 'direction',
    });
  return out;
}

/**
 * Dates that conflict: a weekday against another weekday, a day of a month against another day. A date only
 * one side gives ("said on Wednesday" / "said"), or given in another unit ("on Tuesday" / "this week",
 * "Thursday" / "January 29"), is more or less precise, not different: a fact-checker is not sent after it.
 */
function dateChanges(base: Detail[], other: Detail[]): Change[] {
  const units = [...new Set(base.map((d) => d.unit))];
  return units.flatMap((unit) =>
    detailChanges(
      'date',
      base.filter((d) => d.unit === unit),
      other.filter((d) => d.unit === unit),
    ).filter((c) => c.base !== '' && c.other !== ''),
  );
}

/** True when `side` has a word next to which the detail stands in its own sentence. */
function speaksOf(detail: Detail, side: Side): boolean {
  return (detail.near ?? []).some((key) => side.rawKeys.has(key));
}

function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

/** Quotes of base and other that render the same words differently. */
function quoteChanges(base: Side, other: Side): Change[] {
  const out: Change[] = [];
  const otherQuotes = quotesOf(other.text).map((q) => ({ q, words: new Set(words(q)) }));
  for (const q of quotesOf(base.text)) {
    const w = words(q);
    let best: { q: string; overlap: number } | null = null;
    for (const o of otherQuotes) {
      const overlap = w.filter((x) => o.words.has(x)).length / Math.max(w.length, o.words.size, 1);
      if (!best || overlap > best.overlap) best = { q: o.q, overlap };
    }
    if (best && best.overlap >= 0.3 && w.join(' ') !== words(best.q).join(' ')) {
      const speaker = speakerOf(base.text, q) ?? speakerOf(other.text, best.q);
      out.push({ kind: 'quote', base: q, other: best.q, ...(speaker ? { speaker } : {}) });
    }
  }
  return out;
}

/** Index of the first term of `side` that starts at or after `offset` (terms run in text order). */
function firstTermFrom(side: Side, offset: number): number {
  let lo = 0;
  let hi = side.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((side.tokens[(side.terms[mid] as Term).first] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Content keys of the terms of `side` lying inside [start, end): read in sentence context ("World War II"). */
function keysIn(side: Side, start: number, end: number): string[] {
  const keys: string[] = [];
  for (let i = firstTermFrom(side, start); i < side.terms.length; i++) {
    const t = side.terms[i] as Term;
    if ((side.tokens[t.first] as Token).start >= end) break;
    if (!t.stop && (side.tokens[t.last - 1] as Token).end <= end)
      keys.push(t.isNumber || t.isName ? t.key : synonymKey(t.key));
  }
  return keys;
}

/**
 * True when a name key has a relative on the other side: "Russia" / "Russian", "Ukraine" / "Ukrainian", or the
 * same actor named by its capital ("Washington" / "the United States", "Kyiv" / "Ukraine").
 */
function related(key: string, keys: Set<string>): boolean {
  if (keys.has(key)) return true;
  const stemLength = Math.min(5, key.length);
  const actor = actorKey(key);
  for (const k of keys) {
    if (k.length >= stemLength && k.slice(0, stemLength) === key.slice(0, stemLength)) return true;
    if (actorKey(k) === actor) return true;
  }
  return false;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** True when the diff piece at i is common text with at least one content word: the substitution is anchored. */
function anchored(ops: DiffOp[], i: number): boolean {
  const op = ops[i];
  return op !== undefined && op.op === 'equal' && /[\p{L}\p{N}]{4,}/u.test(op.text);
}

/** Substitutions inside the word diff: names replaced by other names, and single words reworded. */
function substitutionChanges(ops: DiffOp[], base: Side, other: Side): Change[] {
  const out: Change[] = [];
  let b = 0;
  let o = 0;
  for (let i = 0; i < ops.length; i++) {
    const a = ops[i] as DiffOp;
    const next = ops[i + 1];
    if (a.op === 'equal' || !next || next.op === 'equal' || next.op === a.op) {
      if (a.op !== 'insert') b += a.text.length;
      if (a.op !== 'delete') o += a.text.length;
      // A word only added or only dropped matters when it turns the claim around ("has not received").
      if (a.op !== 'equal' && isWording(a.text, '') && anchored(ops, i - 1) && anchored(ops, i + 1))
        out.push({
          kind: 'wording',
          base: a.op === 'delete' ? a.text.trim() : '',
          other: a.op === 'insert' ? a.text.trim() : '',
        });
      continue;
    }
    const del = a.op === 'delete' ? a.text : next.text;
    const ins = a.op === 'insert' ? a.text : next.text;
    const delKeys = keysIn(base, b, b + del.length);
    const insKeys = keysIn(other, o, o + ins.length);
    b += del.length;
    o += ins.length;
    const prevIndex = i - 1;
    i++;
    if (delKeys.join(' ') === insKeys.join(' ') && !changesMeaning(del, ins)) continue;
    const delNames = delKeys.filter((k) => base.names.has(k) && !related(k, other.keys));
    const insNames = insKeys.filter((k) => other.names.has(k) && !related(k, base.keys));
    // A name put in place of another is a short swap; a clause rewritten around two names is rewording.
    if (delNames.length > 0 && insNames.length > 0 && wordCount(del) <= 4 && wordCount(ins) <= 4)
      out.push({ kind: 'name', base: del.trim(), other: ins.trim() });
    else if (isWording(del, ins) && anchored(ops, prevIndex) && anchored(ops, i + 1))
      out.push({ kind: 'wording', base: del.trim(), other: ins.trim() });
  }
  return out;
}

const DATE_WORD =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(january|february|march|april|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight)\b/i;

/**
 * A few words replaced by others that change the claim (a negation, a certainty, a superlative), outside
 * figures, dates and quotes. Plain synonyms are rewording, not a changed detail.
 */
function isWording(del: string, ins: string): boolean {
  const short = (s: string) => s.trim().split(/\s+/).length <= 3;
  const plain = (s: string) => !/[\d“”"]/u.test(s) && !DATE_WORD.test(s);
  return short(del) && short(ins) && plain(del) && plain(ins) && changesMeaning(del, ins);
}

/** The typed changes between two aligned sides, given their word diff (and their words, when at hand). */
export function changesBetween(
  baseText: string,
  otherText: string,
  ops: DiffOp[],
  words?: { base: Tokenised; other: Tokenised },
): Change[] {
  const base = sideOf(words?.base ?? tokenised(baseText));
  const other = sideOf(words?.other ?? tokenised(otherText));
  return [
    ...quantityChanges(quantitiesOf(base.tokens, base.text), quantitiesOf(other.tokens, other.text), [
      base,
      other,
    ]),
    ...directionChanges(base, other),
    ...dateChanges(datesOf(base.tokens), datesOf(other.tokens)),
    ...quoteChanges(base, other),
    ...substitutionChanges(ops, base, other),
  ];
}
