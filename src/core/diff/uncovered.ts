// Clauses of an aligned pair that only one side says: a fact an outlet folded into a longer sentence ("The
// Kremlin issued its statement as the two countries exchanged war dead, and hours after declining to comment…")
// is otherwise lost, because the sentence as a whole has a counterpart.
import { synonymKey } from '../align/synonyms';
import { canonicalTerms, stem, tokenize, type Term as CanonicalTerm } from '../text';

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

/** The distinct content terms of a text. */
function distinctTerms(text: string): Term[] {
  return [...new Map(contentKeys(termsOf(text)).map((t) => [t.key, t])).values()];
}

function termsOf(text: string): CanonicalTerm[] {
  return canonicalTerms(tokenize(text), stem);
}

/** The content keys among canonical terms (names and figures kept as they are, other words by synonym class). */
function contentKeys(terms: CanonicalTerm[]): Term[] {
  return terms
    .filter((t) => t.isNumber || (!t.stop && t.key.length >= 2))
    .map((t) => ({ key: t.isNumber || t.isName ? t.key : synonymKey(t.key), name: t.isName }));
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

/** Share of `terms` that `said` says (1 when there are none). */
function shareSaid(terms: Term[], said: Said): number {
  return terms.length === 0 ? 1 : terms.filter((t) => says(said, t)).length / terms.length;
}

/**
 * Clauses of `mine` whose content the text `theirs` does not say and much of it nowhere in their article, in a
 * pair whose other clauses `theirs` does say: a fact folded in, not a sentence paraphrased throughout.
 */
function uncoveredClauses(mine: string, theirs: Said, theirArticle: Said): string[] {
  const clauses = mine.split(CLAUSE_BREAK).map((text) => ({ text: text.trim(), terms: distinctTerms(text) }));
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
 * whole article says (saidIn over the terms of its compared sentences), so that a clause said elsewhere is not surfaced.
 */
export function uncoveredParts(
  base: string,
  other: string,
  articles: { base: Said; other: Said },
  terms?: { base: CanonicalTerm[][]; other: CanonicalTerm[][] },
): { side: 'base' | 'other'; text: string }[] {
  if (base === other) return [];
  // The sides' terms, when the caller has them per sentence, spare tokenising each side twice.
  const saidBy = (text: string, sentences?: CanonicalTerm[][]) => saidIn(sentences ?? [termsOf(text)]);
  return [
    ...uncoveredClauses(base, saidBy(other, terms?.other), articles.other).map((text) => ({
      side: 'base' as const,
      text,
    })),
    ...uncoveredClauses(other, saidBy(base, terms?.base), articles.base).map((text) => ({
      side: 'other' as const,
      text,
    })),
  ];
}
