// The fact gold on ECB+ stories (issue #13) and its scorer: for every ordered pair of articles of a story, the
// facts OTHER states and BASE lacks, whether a comparison reports them, and whether it surfaces the discrepancies
// between outlets (12 dead / two dead). Two plain baselines produce Comparison-shaped results for the same scorer.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AlignedPair, Comparison, UnmatchedSentence, VersionInfo } from '../../src/core/model';
import { articleFromText, sentencesOf, STOPWORDS, tokenize, type Sentence } from '../../src/core/text';
import { ECBPLUS_ARTICLES } from '../paths';

/** The tuning half (rules are chosen looking at it) or the held-out half (only ever measured). */
export type Split = 'tune' | 'heldout';

/** What a discrepancy between outlets is about. */
export type DiscrepancyKind =
  'number' | 'date' | 'time' | 'duration' | 'place' | 'direction' | 'name' | 'quote' | 'amount';

/** One checkable claim of a story and the lines that state it in each article. */
export interface EcbFact {
  id: string;
  story: string;
  /** The claim in plain words. */
  fact: string;
  /** Article id → exact snippets of the lines that state the fact there. */
  in: Record<string, string[]>;
  /** Articles that give only part of the fact: pairs involving them do not score it. */
  partial?: string[];
}

/** Outlets disagreeing about one thing: one fact per value. */
export interface EcbDiscrepancy {
  id: string;
  story: string;
  /** What the values measure ("number killed"). */
  what: string;
  kind: DiscrepancyKind;
  /** The fact ids of the values (at least two). */
  facts: string[];
}

/** Why a line carries no fact. */
export type EcbSetAsideReason = 'heading' | 'boilerplate' | 'neutral';

/** A gold file (test/gold/ecbplus-facts-<split>.json). */
export interface EcbGold {
  about: string;
  split: Split;
  stories: { story: string; event: string; articles: string[] }[];
  facts: EcbFact[];
  discrepancies: EcbDiscrepancy[];
  /** Article id → lines that state no fact, named by a snippet. */
  setAside: Record<string, { snippet: string; reason: EcbSetAsideReason }[]>;
}

/** Where the gold of a split lives. */
export function goldPath(split: Split): string {
  return fileURLToPath(new URL(`./ecbplus-facts-${split}.json`, import.meta.url));
}

/** Whether the gold of a split is present (each half is labelled in its own worktree). */
export function hasEcbGold(split: Split): boolean {
  return existsSync(goldPath(split));
}

/** Reads the gold of a split. */
export function loadEcbGold(split: Split): EcbGold {
  return JSON.parse(readFileSync(goldPath(split), 'utf8')) as EcbGold;
}

let corpus: Map<string, { story: string; text: string }> | undefined;

/** The ECB+ dev articles by id, read once, in place. */
function ecbArticles(): Map<string, { story: string; text: string }> {
  corpus ??= new Map(
    readFileSync(ECBPLUS_ARTICLES, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; story: string; text: string })
      .map((a) => [a.id, { story: a.story, text: a.text }]),
  );
  return corpus;
}

/** The text of an ECB+ dev article (one sentence per line), read in place from ../shared. */
export function articleText(id: string): string {
  const article = ecbArticles().get(id);
  if (!article) throw new Error(`no ECB+ dev article ${id}`);
  return article.text;
}

/** The story an ECB+ dev article belongs to in the corpus itself. */
export function corpusStoryOf(id: string): string | undefined {
  return ecbArticles().get(id)?.story;
}

/** Every ordered (base, other) pair of articles within each story of the gold. */
export function orderedPairs(gold: EcbGold): [string, string][] {
  return gold.stories.flatMap(({ articles }) =>
    articles.flatMap((base) => articles.filter((o) => o !== base).map((o): [string, string] => [base, o])),
  );
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where each fact's snippets sit in an article's text (whitespace folded, lines joined by spaces). */
interface Located {
  text: string;
  spans: { fact: EcbFact; start: number; end: number }[];
}

const locatedCache = new WeakMap<EcbGold, Map<string, Located>>();

function located(gold: EcbGold, article: string): Located {
  let byArticle = locatedCache.get(gold);
  if (!byArticle) locatedCache.set(gold, (byArticle = new Map()));
  let found = byArticle.get(article);
  if (!found) {
    const text = flat(articleText(article));
    const spans = gold.facts.flatMap((fact) =>
      (fact.in[article] ?? []).map((snippet) => {
        const start = text.indexOf(flat(snippet));
        return { fact, start, end: start + flat(snippet).length };
      }),
    );
    found = { text, spans: spans.filter((s) => s.start >= 0) };
    byArticle.set(article, found);
  }
  return found;
}

/**
 * The facts a sentence or clause of `article` states. compare() splits text into sentences and clauses itself,
 * so a reported text is placed in the article and carries the facts whose snippets it covers at least half of
 * (or that cover at least half of it, for a clause inside a long snippet); a text that cannot be placed (a merged
 * side of a pair) carries the facts whose snippets it contains.
 */
export function factsIn(gold: EcbGold, article: string, reported: string): EcbFact[] {
  const { text, spans } = located(gold, article);
  const needle = flat(reported);
  const at = needle.length > 0 ? text.indexOf(needle) : -1;
  const carried =
    at < 0
      ? spans.filter((s) => needle.includes(text.slice(s.start, s.end)))
      : spans.filter((s) => {
          const overlap = Math.min(s.end, at + needle.length) - Math.max(s.start, at);
          return overlap > 0 && overlap >= 0.5 * Math.min(s.end - s.start, needle.length);
        });
  return [...new Set(carried.map((s) => s.fact))];
}

/** Scores of one ordered pair. */
export interface EcbPairScore {
  story: string;
  base: string;
  other: string;
  /** Reported sentences or clauses that carry a missing fact not already credited to an earlier one. */
  truePositives: number;
  /** Reported sentences or clauses that carry no missing fact: facts BASE has, set-aside lines, noise. */
  falsePositives: string[];
  /** Facts OTHER states and BASE lacks (discrepancy values where BASE gives a sibling value excepted). */
  missing: string[];
  /** Missing facts that nothing reported carries. */
  lost: string[];
  /** Discrepancies where BASE gives one value and OTHER another, and whether the comparison surfaced them. */
  discrepancies: { id: string; surfaced: boolean }[];
}

/** Scores a comparison of `otherId` against `baseId` (both articles of one story of the gold). */
export function scoreComparison(
  gold: EcbGold,
  baseId: string,
  otherId: string,
  comparison: Comparison,
): EcbPairScore {
  const story = gold.stories.find((s) => s.articles.includes(baseId) && s.articles.includes(otherId));
  if (!story) throw new Error(`${baseId} and ${otherId} are not articles of one story of the gold`);
  const byId = new Map(gold.facts.map((f) => [f.id, f]));
  const siblingsOf = new Map<string, EcbDiscrepancy>();
  for (const d of gold.discrepancies) for (const id of d.facts) siblingsOf.set(id, d);
  const has = (f: EcbFact | undefined, article: string) => f?.in[article] !== undefined;
  const uncertain = (f: EcbFact) => (f.partial ?? []).some((a) => a === baseId || a === otherId);
  const baseGivesSibling = (f: EcbFact) =>
    (siblingsOf.get(f.id)?.facts ?? []).some((id) => id !== f.id && has(byId.get(id), baseId));
  const isMissing = (f: EcbFact) => has(f, otherId) && !has(f, baseId) && !baseGivesSibling(f);
  const counts = (f: EcbFact) => isMissing(f) && !uncertain(f);
  const missing = gold.facts.filter((f) => f.story === story.story && counts(f));

  const reported = [
    ...comparison.onlyInOther.map((s) => s.text),
    ...comparison.aligned.flatMap((p) => (p.uncovered ?? []).filter((u) => u.side === 'other').map((u) => u.text)),
  ];
  const credited = new Set<string>();
  const falsePositives: string[] = [];
  let truePositives = 0;
  for (const text of reported) {
    const facts = factsIn(gold, otherId, text);
    const fresh = facts.filter((f) => counts(f) && !credited.has(f.id));
    if (fresh.length > 0) {
      truePositives++;
      fresh.forEach((f) => credited.add(f.id));
    } else if (!facts.some((f) => counts(f) || uncertain(f) || (has(f, otherId) && baseGivesSibling(f))))
      falsePositives.push(text);
  }

  const discrepancies = gold.discrepancies
    .filter((d) => d.story === story.story)
    .flatMap((d) => {
      const values = d.facts.map((id) => byId.get(id)).filter((f): f is EcbFact => f !== undefined);
      const theirs = values.filter((f) => has(f, otherId) && !has(f, baseId));
      if (!values.some((f) => has(f, baseId)) || theirs.length === 0 || values.some(uncertain)) return [];
      const carries = (text: string) => factsIn(gold, otherId, text).some((f) => theirs.includes(f));
      const surfaced =
        reported.some(carries) ||
        comparison.aligned.some((p) => p.changes.some((c) => c.kind !== 'wording') && carries(p.other.text));
      return [{ id: d.id, surfaced }];
    });

  return {
    story: story.story,
    base: baseId,
    other: otherId,
    truePositives,
    falsePositives,
    missing: missing.map((f) => f.id),
    lost: missing.filter((f) => !credited.has(f.id)).map((f) => f.id),
    discrepancies,
  };
}

/** Micro-averaged figures over pairs. */
export interface EcbTotals {
  precision: number;
  recall: number;
  f1: number;
  reported: number;
  missing: number;
  lost: number;
  discrepancies: number;
  surfaced: number;
  /** Share of discrepancies surfaced (1 when there is none). */
  surfacedRate: number;
}

/** Precision, recall and discrepancies surfaced over a set of pair scores (micro-averaged). */
export function totals(scores: EcbPairScore[]): EcbTotals {
  const sum = (f: (s: EcbPairScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.truePositives);
  const fp = sum((s) => s.falsePositives.length);
  const missing = sum((s) => s.missing.length);
  const lost = sum((s) => s.lost.length);
  const discrepancies = sum((s) => s.discrepancies.length);
  const surfaced = sum((s) => s.discrepancies.filter((d) => d.surfaced).length);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = missing === 0 ? 1 : (missing - lost) / missing;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    reported: tp + fp,
    missing,
    lost,
    discrepancies,
    surfaced,
    surfacedRate: discrepancies === 0 ? 1 : surfaced / discrepancies,
  };
}

// Baselines. Both see the sentences compare() compares (its own furniture detection sets the rest aside), so
// the difference from the engine is in deciding what is missing, not in boilerplate handling.

function versionInfo(sentences: Sentence[]): VersionInfo {
  return { title: '', siteName: null, url: null, publishedTime: null, sentenceCount: sentences.length };
}

/** A Comparison from a rule that finds, for a sentence, its best counterpart on the other side and a score. */
function baseline(
  baseText: string,
  otherText: string,
  best: (s: Sentence, candidates: Sentence[]) => { match: Sentence | undefined; score: number },
): Comparison {
  const base = sentencesOf(articleFromText(baseText));
  const other = sentencesOf(articleFromText(otherText));
  const compared = (list: Sentence[]) => list.filter((s) => s.setAside === null);
  const aligned: AlignedPair[] = [];
  const unmatched = (from: Sentence[], to: Sentence[], pair: boolean): UnmatchedSentence[] =>
    compared(from).flatMap((s) => {
      const { match, score } = best(s, compared(to));
      if (!match) return [{ text: s.text, index: s.index }];
      if (pair) {
        const side = (x: Sentence) => ({ text: x.text, indices: [x.index] });
        aligned.push({ base: side(match), other: side(s), score, changes: [], diff: [] });
      }
      return [];
    });
  const onlyInOther = unmatched(other, base, true);
  const onlyInBase = unmatched(base, other, false);
  const setAside = (list: Sentence[]) =>
    list.flatMap((s) => (s.setAside ? [{ text: s.text, index: s.index, reason: s.setAside }] : []));
  const share = compared(other).length === 0 ? 0 : aligned.length / compared(other).length;
  return {
    similarity: share,
    sameStory: true,
    base: versionInfo(base),
    other: versionInfo(other),
    onlyInBase,
    onlyInOther,
    aligned,
    setAside: { base: setAside(base), other: setAside(other) },
  };
}

/** Lower case, punctuation and whitespace folded: what a plain sentence diff compares. */
export function foldSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** Plain sentence diff: a sentence of OTHER is missing when no sentence of BASE equals it once folded. */
export function sentenceDiff(baseText: string, otherText: string): Comparison {
  return baseline(baseText, otherText, (s, candidates) => {
    const match = candidates.find((c) => foldSentence(c.text) === foldSentence(s.text));
    return { match, score: match ? 1 : 0 };
  });
}

/** The content words of a sentence: its words, lower-cased, without function words. */
export function contentWords(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .map((t) => t.norm)
      .filter((w) => !STOPWORDS.has(w)),
  );
}

/** Jaccard similarity of two sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Word overlap: a sentence of OTHER is missing when its best Jaccard of content words against BASE is < 0.5. */
export function wordOverlap(baseText: string, otherText: string, threshold = 0.5): Comparison {
  return baseline(baseText, otherText, (s, candidates) => {
    const words = contentWords(s.text);
    let match: Sentence | undefined;
    let score = 0;
    for (const c of candidates) {
      const j = jaccard(words, contentWords(c.text));
      if (j > score) [match, score] = [c, j];
    }
    return score >= threshold ? { match, score } : { match: undefined, score };
  });
}
