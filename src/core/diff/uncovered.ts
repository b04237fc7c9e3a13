// Clauses of an aligned pair that only one side says: a fact an outlet folded into a longer sentence ("The
// Kremlin issued its statement as the two countries exchanged war dead, and hours after declining to comment…",
// "A 5.8 quake hit the coast…, killing three and injuring 40") is otherwise lost, because the sentence as a
// whole has a counterpart. A clause is missing when its content is carried nowhere on the other side: not by
// the partner sentences, and (for the words that make it new) not anywhere in the other article.
import type { Term as CanonicalTerm } from '../text';
import { quantitiesOf, sameQuantity, type Quantity } from '../text/quantities';
import { synonymKey } from '../text/synonyms';
import type { Tokenised } from './joined';

/** Least number of a clause's content terms absent from the other side for the clause to be surfaced. */
const MIN_ABSENT = 3;
/** Least share of the clause's content terms that must be absent: a clause mostly said in other words is not. */
const MIN_ABSENT_SHARE = 0.6;
/** Least number of those that the other article says nowhere: new content, not a paraphrase. */
const MIN_NOWHERE = 2;
/** Least share of the rest of the pair's side that the other side says. */
const MIN_REST_SAID = 0.6;
/** A whole sentence merged into a pair: least number of its content terms absent from the other side. */
const MIN_ABSENT_SENTENCE = 3;
/** Prefix that relates two names ("Russia" / "Russian", "Ukraine" / "Ukrainian"). */
const NAME_PREFIX = 5;

// Clause boundaries: punctuation, dashes, and the conjunctions news sentences chain facts with.
const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|(?<=(?<!\b\p{L})[.!?]["”]?)\s+|\s(?:and|while|as|but|although|though|whereas|after|before|because|amid|however)\s/iu;

/** A content term: its key, and whether it is a name. */
interface Term {
  key: string;
  name: boolean;
}

/** The content keys among canonical terms (names and figures kept as they are, other words by synonym class). */
function contentKeys(terms: CanonicalTerm[]): Term[] {
  const out: Term[] = [];
  for (const t of terms) if (isContent(t)) out.push({ key: contentKey(t), name: t.isName });
  return out;
}

function isContent(t: CanonicalTerm): boolean {
  return t.isNumber || (!t.stop && t.key.length >= 2);
}

function contentKey(t: CanonicalTerm): string {
  return t.isNumber || t.isName ? t.key : synonymKey(t.key);
}

function says(said: Said, term: Term): boolean {
  return said.keys.has(term.key) || (term.name && said.prefixes.has(term.key.slice(0, NAME_PREFIX)));
}

/** What a text says, as sets for lookups, with its figures by what they measure. */
export interface Said {
  keys: Set<string>;
  prefixes: Set<string>;
  /** Figures by measure key ("dead" → the tolls given). */
  figures: Map<string, Quantity[]>;
}

/** What some sentences say (their tokens and canonical terms, already computed), ready for `says`. */
export function saidIn(sentences: Tokenised[]): Said {
  const keys = new Set(sentences.flatMap((s) => contentKeys(s.terms).map((t) => t.key)));
  const prefixes = new Set(
    [...keys].filter((k) => k.length >= NAME_PREFIX).map((k) => k.slice(0, NAME_PREFIX)),
  );
  const figures = new Map<string, Quantity[]>();
  for (const s of sentences)
    for (const q of quantitiesOf(s.tokens, s.text)) {
      const list = figures.get(q.key);
      if (list) list.push(q);
      else figures.set(q.key, [q]);
    }
  return { keys, prefixes, figures };
}

/** A clause: its text, offsets, distinct content terms and the figures in it. */
interface Clause {
  text: string;
  start: number;
  end: number;
  terms: Term[];
}

/**
 * The clauses of a text with their distinct content terms. Each term of the whole text is given to the clause
 * it starts in (tokenising clause by clause costs several times more for the same words).
 */
function clausesOf({ text, tokens, terms }: Tokenised): Clause[] {
  const breaks = new RegExp(CLAUSE_BREAK.source, 'giu');
  const bounds: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  bounds.push([start, text.length]);
  const lists: Term[][] = bounds.map(() => []);
  let c = 0;
  for (const term of contentTerms(terms, tokens)) {
    while (c < bounds.length - 1 && term.at >= (bounds[c] as [number, number])[1]) c++;
    (lists[c] as Term[]).push(term);
  }
  return bounds.map(([from, to], i) => ({
    text: text.slice(from, to).trim(),
    start: from,
    end: to,
    terms: [...new Map((lists[i] as Term[]).map((t) => [t.key, t])).values()],
  }));
}

/** Content terms with the offset where each starts. */
function contentTerms(terms: CanonicalTerm[], tokens: { start: number }[]): (Term & { at: number })[] {
  const out: (Term & { at: number })[] = [];
  for (const t of terms)
    if (isContent(t)) out.push({ key: contentKey(t), name: t.isName, at: tokens[t.first]?.start ?? 0 });
  return out;
}

/** Share of `terms` that `said` says (1 when there are none). */
function shareSaid(terms: Term[], said: Said): number {
  return terms.length === 0 ? 1 : terms.filter((t) => says(said, t)).length / terms.length;
}

/** Measures whose figures are facts on their own: a toll, an age, a magnitude, a time, a sum (not a bare noun). */
const FACT_MEASURES = new Set([
  'dead',
  'injured',
  'arrested',
  'missing',
  'rescued',
  'evacuated',
  'displaced',
  'magnitude',
  'age',
  'time',
  'amount',
  'distance',
  'speed',
  'duration',
  'percent',
]);

/**
 * A figure that is a fact on its own and that the other side does not give in any form: nothing there measures
 * the same thing (a toll the other side gives differently is a discrepancy, shown as a changed detail).
 */
function newFigure(q: Quantity, theirs: Said, theirArticle: Said): boolean {
  if (!FACT_MEASURES.has(q.key) || theirs.figures.has(q.key)) return false;
  return !(theirArticle.figures.get(q.key) ?? []).length && !theirArticle.keys.has(`${q.value}`);
}

/** True when the clause says something the other side does not: new content words, or a new figure. */
function uncoveredClause(
  clause: Clause,
  rest: Term[],
  figures: Quantity[],
  theirs: Said,
  theirArticle: Said,
): boolean {
  if (
    figures.some((q) => q.start >= clause.start && q.end <= clause.end && newFigure(q, theirs, theirArticle))
  )
    return true;
  const absent = clause.terms.filter((t) => !says(theirs, t));
  const fresh = absent.filter((t) => !says(theirArticle, t));
  const nowhere = fresh.length;
  // Someone or somewhere the other article never names, with a word it never says: who or where is new.
  if (fresh.some((t) => t.name) && nowhere >= MIN_NOWHERE) return true;
  if (absent.length < MIN_ABSENT || absent.length < MIN_ABSENT_SHARE * clause.terms.length) return false;
  if (nowhere < MIN_NOWHERE) return false;
  return shareSaid(rest, theirs) >= MIN_REST_SAID;
}

/**
 * Clauses of `mine` whose content the text `theirs` does not say and much of it nowhere in their article, in a
 * pair whose other clauses `theirs` does say: a fact folded in, not a sentence paraphrased throughout.
 */
function uncoveredClauses(mine: Tokenised, theirs: Said, theirArticle: Said): string[] {
  const clauses = clausesOf(mine);
  const figures = quantitiesOf(mine.tokens, mine.text);
  const out: string[] = [];
  clauses.forEach((clause, i) => {
    const rest = clauses.filter((_, j) => j !== i).flatMap((c) => c.terms);
    if (clause.terms.length > 0 && uncoveredClause(clause, rest, figures, theirs, theirArticle))
      out.push(clause.text);
  });
  return out;
}

/** A sentence of a pair says something new when this many of its content terms its article lacks… */
const NEW_SENTENCE_TERMS = 5;
/** …and they are at least this share of its content terms (chosen on the ECB+ tune half). */
const NEW_SENTENCE_SHARE = 0.2;
/** Or this many names the other article never gives… */
const NEW_NAMES = 2;
/** …or a figure it never gives, among this many new terms. */
const NEW_FIGURE_TERMS = 3;

/**
 * Sentences of a pair that say much the other article says nowhere: a loose pair (two sentences sharing a name
 * and a verb) is evidence that they are about the same thing, not that one says all the other does. Also a
 * sentence merged into a pair next to one that restates, whose content the other side mostly lacks.
 */
function uncoveredSentences(mine: Tokenised[], theirs: Said, theirArticle: Said): string[] {
  const terms = mine.map((s) => [...new Map(contentKeys(s.terms).map((t) => [t.key, t])).values()]);
  return mine.flatMap((s, i) => {
    const own = terms[i] as Term[];
    const fresh = own.filter((t) => !says(theirArticle, t));
    const nowhere = fresh.length;
    if (nowhere >= NEW_SENTENCE_TERMS && nowhere >= NEW_SENTENCE_SHARE * own.length) return [s.text];
    // Names or a figure the other article never gives: "The New York Yankees also have expressed interest."
    if (fresh.filter((t) => t.name).length >= NEW_NAMES) return [s.text];
    if (nowhere >= NEW_FIGURE_TERMS && newFigureIn(s, theirArticle)) return [s.text];
    if (mine.length < 2) return [];
    const absent = own.filter((t) => !says(theirs, t));
    if (absent.length < MIN_ABSENT_SENTENCE || absent.length < MIN_ABSENT_SHARE * own.length) return [];
    if (nowhere < MIN_NOWHERE) return [];
    const rest = terms.filter((_, j) => j !== i).flat();
    return shareSaid(rest, theirs) >= MIN_REST_SAID ? [s.text] : [];
  });
}

/** True when the sentence gives a figure the other article never gives for what it measures (dates are not figures). */
function newFigureIn(sentence: Tokenised, theirArticle: Said): boolean {
  return quantitiesOf(sentence.tokens, sentence.text).some(
    (q) => !(theirArticle.figures.get(q.key) ?? []).some((o) => sameQuantity(o, q)),
  );
}

/** One side of a pair: its sentences, and the same joined. */
export interface PairSide {
  sentences: Tokenised[];
  joined: Tokenised;
}

/**
 * What each side of an aligned pair says that the other does not, clause by clause (and sentence by sentence
 * where one side merges several). `articles` says what each whole article says (saidIn over its compared
 * sentences), so that a clause said elsewhere is not surfaced.
 */
export function uncoveredParts(
  base: PairSide,
  other: PairSide,
  articles: { base: Said; other: Said },
): { side: 'base' | 'other'; text: string }[] {
  if (base.joined.text === other.joined.text) return [];
  const side = (me: PairSide, theirs: Said, theirArticle: Said): string[] => {
    const whole = uncoveredSentences(me.sentences, theirs, theirArticle);
    const clauses = hopeless(me, theirs, theirArticle)
      ? []
      : uncoveredClauses(me.joined, theirs, theirArticle);
    // A clause inside a sentence already surfaced whole is not listed twice.
    return [...whole, ...clauses.filter((c) => !whole.some((s) => s.includes(c)))];
  };
  const baseSaid = saidIn([base.joined]);
  const otherSaid = saidIn([other.joined]);
  return [
    ...side(base, otherSaid, articles.other).map((text) => ({ side: 'base' as const, text })),
    ...side(other, baseSaid, articles.base).map((text) => ({ side: 'other' as const, text })),
  ];
}

/** True when even the whole side has too little the other does not say for any clause of it to qualify. */
function hopeless(me: PairSide, theirs: Said, theirArticle: Said): boolean {
  if (quantitiesOf(me.joined.tokens, me.joined.text).some((q) => newFigure(q, theirs, theirArticle)))
    return false;
  const absent = new Map(
    contentKeys(me.joined.terms)
      .filter((t) => !says(theirs, t))
      .map((t) => [t.key, t]),
  );
  const nowhere = [...absent.values()].filter((t) => !says(theirArticle, t));
  if (nowhere.length < MIN_NOWHERE) return true;
  return absent.size < MIN_ABSENT && !nowhere.some((t) => t.name);
}
