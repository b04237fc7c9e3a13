// Clauses of an aligned pair that only one side says: a fact an outlet folded into a longer sentence ("The
// Kremlin issued its statement as the two countries exchanged war dead, and hours after declining to comment…")
// is otherwise lost, because the sentence as a whole has a counterpart.
import { synonymKey } from '../align/synonyms';
import type { Term as CanonicalTerm } from '../text';
import { tokenised, type Tokenised } from './joined';

/** Least number of a clause's content terms absent from the other side for the clause to be surfaced. */
const MIN_ABSENT = 4;
/** Least share of the clause's content terms that must be absent: a clause mostly said in other words is not. */
const MIN_ABSENT_SHARE = 0.6;
/** Least number of those that the other article says nowhere: new content, not a paraphrase. */
const MIN_NOWHERE = 2;
/** Least share of the rest of the pair's side that the other side says. */
const MIN_REST_SAID = 0.6;
/** Prefix that relates two names ("Russia" / "Russian", "Ukraine" / "Ukrainian"). */
const NAME_PREFIX = 5;

// Clause boundaries: punctuation, dashes, and the conjunctions news sentences chain facts with.
const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|(?<=[.!?]["”]?)\s+|\s(?:and|while|as|but|although|though|whereas|after|before|because|amid|however)\s/iu;

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

/** What a text says, as sets for lookups. */
interface Said {
  keys: Set<string>;
  prefixes: Set<string>;
}

/** What some sentences say (their canonical terms, already computed), ready for `says`. */
export function saidIn(sentences: CanonicalTerm[][]): Said {
  const keys = new Set(sentences.flatMap((terms) => contentKeys(terms).map((t) => t.key)));
  const prefixes = new Set(
    [...keys].filter((k) => k.length >= NAME_PREFIX).map((k) => k.slice(0, NAME_PREFIX)),
  );
  return { keys, prefixes };
}

/**
 * The clauses of a text with their distinct content terms. Each term of the whole text is given to the clause
 * it starts in (tokenising clause by clause costs several times more for the same words).
 */
function clausesOf({ text, tokens, terms }: Tokenised): { text: string; terms: Term[] }[] {
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

/**
 * Clauses of `mine` whose content the text `theirs` does not say and much of it nowhere in their article, in a
 * pair whose other clauses `theirs` does say: a fact folded in, not a sentence paraphrased throughout.
 */
function uncoveredClauses(mine: Tokenised, theirs: Said, theirArticle: Said): string[] {
  const clauses = clausesOf(mine);
  const out: string[] = [];
  clauses.forEach((clause, i) => {
    const absent = clause.terms.filter((t) => !says(theirs, t));
    const nowhere = absent.filter((t) => !says(theirArticle, t)).length;
    if (absent.length < MIN_ABSENT || absent.length < MIN_ABSENT_SHARE * clause.terms.length) return;
    if (nowhere < MIN_NOWHERE) return;
    const rest = clauses.filter((_, j) => j !== i).flatMap((c) => c.terms);
    if (shareSaid(rest, theirs) >= MIN_REST_SAID) out.push(clause.text);
  });
  return out;
}

/**
 * What each side of an aligned pair says that the other does not, clause by clause. `articles` says what each
 * whole article says (saidIn over the terms of its compared sentences), so that a clause said elsewhere is not
 * surfaced. `words` are the sides already tokenised, when at hand.
 */
export function uncoveredParts(
  base: string,
  other: string,
  articles: { base: Said; other: Said },
  words?: { base: Tokenised; other: Tokenised },
): { side: 'base' | 'other'; text: string }[] {
  if (base === other) return [];
  const mine = { base: words?.base ?? tokenised(base), other: words?.other ?? tokenised(other) };
  const side = (me: Tokenised, theirs: Said, theirArticle: Said) =>
    hopeless(me.terms, theirs, theirArticle) ? [] : uncoveredClauses(me, theirs, theirArticle);
  return [
    ...side(mine.base, saidIn([mine.other.terms]), articles.other).map((text) => ({
      side: 'base' as const,
      text,
    })),
    ...side(mine.other, saidIn([mine.base.terms]), articles.base).map((text) => ({
      side: 'other' as const,
      text,
    })),
  ];
}

/** True when even the whole side has too little the other does not say for any clause of it to qualify. */
function hopeless(terms: CanonicalTerm[], theirs: Said, theirArticle: Said): boolean {
  const absent = new Map(
    contentKeys(terms)
      .filter((t) => !says(theirs, t))
      .map((t) => [t.key, t]),
  );
  if (absent.size < MIN_ABSENT) return true;
  return [...absent.values()].filter((t) => !says(theirArticle, t)).length < MIN_NOWHERE;
}
