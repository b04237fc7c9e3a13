// Bench section "lang" (issue #17): how well the match score follows people's ratings of semeval-dev pairs in
// each language — Pearson correlation with the overall rating (1 most similar; reported as a positive figure)
// and the same-story verdict's F1 (overall ≤ 2 counted as the same story) beside a TF-IDF cosine with its best
// threshold chosen in hindsight on the same pairs. "before" reads every text with English rules (as StoryDiff
// did), "after" with its own language's. Each language's texts form one library; each text queries the others.
// Halves by the parity of the pair's first id: rules are chosen on "tune", "heldout" is only measured.
import '../src/core/lang/all';
import { pearson, precisionRecall } from '../src/core/match/evaluate';
import { MatchIndex } from '../src/core/match/index';
import { tokenize } from '../src/core/text/tokens';
import { loadSemevalByLanguage, type LangText, type RatedPair } from './lang-data';
import type { Half } from './match-data';
import type { BenchSection, Budget, Row } from './types';

/** A pair's scores: the better of the two directions, 0 when neither text found the other. */
interface PairScore {
  score: number;
  similarity: number;
  same: boolean;
}

type Scores = Map<string, PairScore>;

const key = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** Our matcher over a library of texts; `withLanguage` false reads them all as English (before #17). */
export function matchScores(texts: LangText[], withLanguage: boolean): Scores {
  const index = new MatchIndex();
  const entries = texts.map((t) => ({ id: t.id, text: t.text, ...(withLanguage ? { lang: t.lang } : {}) }));
  for (const e of entries) index.add(e);
  const scores: Scores = new Map();
  for (const e of entries)
    for (const m of index.query(e, { top: entries.length, excludeId: e.id })) {
      const k = key(e.id, m.id);
      const was = scores.get(k);
      scores.set(k, {
        score: Math.max(was?.score ?? 0, m.score),
        similarity: Math.max(was?.similarity ?? 0, m.similarity ?? 0),
        same: (was?.same ?? false) || m.sameStory,
      });
    }
  return scores;
}

/** TF-IDF cosine over the non-stop stems of each text's own language, for the given pairs. */
export function tfidfScores(texts: LangText[], pairs: RatedPair[]): Map<string, number> {
  const bags = new Map<string, Map<string, number>>();
  for (const t of texts) {
    const bag = new Map<string, number>();
    for (const token of tokenize(t.text, t.lang))
      if (!token.stop) bag.set(token.stem, (bag.get(token.stem) ?? 0) + 1);
    bags.set(t.id, bag);
  }
  const df = new Map<string, number>();
  for (const bag of bags.values()) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vector = (id: string) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of bags.get(id) ?? []) {
      const w = tf * Math.log(texts.length / (df.get(term) ?? 1));
      v.set(term, w);
      norm += w * w;
    }
    for (const [term, w] of v) v.set(term, w / Math.sqrt(norm || 1));
    return v;
  };
  const out = new Map<string, number>();
  for (const p of pairs) {
    const va = vector(p.a);
    let dot = 0;
    for (const [term, w] of vector(p.b)) dot += w * (va.get(term) ?? 0);
    out.set(key(p.a, p.b), dot);
  }
  return out;
}

/** Pearson of a score with the overall rating, as a positive figure when higher scores mean more similar. */
function correlation(pairs: RatedPair[], score: (p: RatedPair) => number): number {
  return -pearson(
    pairs.map(score),
    pairs.map((p) => p.overall),
  );
}

const isSame = (p: RatedPair) => p.overall <= 2;

/** F1 of a same-story verdict over pairs. */
function f1(pairs: RatedPair[], verdict: (p: RatedPair) => boolean): number {
  let tp = 0;
  let fp = 0;
  for (const p of pairs) {
    if (!verdict(p)) continue;
    if (isSame(p)) tp++;
    else fp++;
  }
  return precisionRecall(tp, fp, pairs.filter(isSame).length).f1;
}

/** The best F1 any threshold on a score reaches (chosen in hindsight: the baseline's best case). */
function bestThresholdF1(pairs: RatedPair[], score: (p: RatedPair) => number): number {
  const thresholds = [...new Set(pairs.map(score))];
  return Math.max(0, ...thresholds.map((t) => f1(pairs, (p) => score(p) >= t)));
}

/** The figures of one language (or pair of languages) in one half. */
export function figures(pairs: RatedPair[], before: Scores, after: Scores, tfidf: Map<string, number>) {
  const of = (scores: Scores, p: RatedPair) => scores.get(key(p.a, p.b));
  const cos = (p: RatedPair) => tfidf.get(key(p.a, p.b)) ?? 0;
  return {
    pairs: pairs.length,
    'same story': pairs.filter(isSame).length,
    'r before': correlation(pairs, (p) => of(before, p)?.score ?? 0),
    'r after': correlation(pairs, (p) => of(after, p)?.score ?? 0),
    'r similarity': correlation(pairs, (p) => of(after, p)?.similarity ?? 0),
    'r TF-IDF': correlation(pairs, cos),
    'F1 before': f1(pairs, (p) => of(before, p)?.same ?? false),
    'F1 after': f1(pairs, (p) => of(after, p)?.same ?? false),
    'F1 TF-IDF best': bestThresholdF1(pairs, cos),
    // The rated pairs were chosen as likely alike: calling every one the same story is the floor to beat.
    'F1 all same': f1(pairs, () => true),
  };
}

/** Languages measured one by one, and pairs of languages measured in a library holding both. */
const SAME_LANGUAGE = ['en', 'de', 'es', 'fr', 'it'];
const CROSS_LANGUAGE = ['de-en', 'es-en', 'es-it', 'de-fr'];

export async function run(): Promise<BenchSection> {
  const { texts, pairs } = loadSemevalByLanguage();
  const rows: Row[] = [];
  const budgets: Budget[] = [];
  const only = process.env['LANG_BENCH_ONLY']?.split(',');
  for (const name of [...SAME_LANGUAGE.map((l) => `${l}-${l}`), ...CROSS_LANGUAGE]) {
    if (only && !only.includes(name)) continue;
    const rated = pairs.get(name) ?? [];
    const langs = new Set(name.split('-'));
    const library = [...texts.values()].filter((t) => langs.has(t.lang));
    const before = matchScores(library, false);
    const after = matchScores(library, true);
    const tfidf = tfidfScores(library, rated);
    for (const half of ['tune', 'heldout'] as Half[]) {
      const inHalf = rated.filter((p) => p.half === half);
      const row = figures(inHalf, before, after, tfidf);
      rows.push({ case: `${name} (${library.length} texts), ${half}`, ...row });
      if (half === 'heldout' && SAME_LANGUAGE.includes(name.split('-')[0] as string) && langs.size === 1) {
        budgets.push(
          {
            name: `${name} match score ~ rating (Pearson), held-out`,
            measured: row['r after'],
            limit: 0.75,
            unit: '',
            atLeast: true,
          },
          {
            name: `${name} same-story F1 vs TF-IDF best, held-out`,
            measured: row['F1 after'] - row['F1 TF-IDF best'],
            limit: 0,
            unit: '',
            atLeast: true,
          },
        );
      }
    }
  }
  return { name: 'Languages (semeval-dev pairs per language)', rows, budgets };
}
