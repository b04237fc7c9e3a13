// Same-story matching in a real mixed library (issue #12): ECB+ dev (36 stories, similar-but-different events
// side by side) together with every English text of semeval-dev (577 real 2020 news texts, a few dozen
// same-story pairs rated by people). Each article queries all the others; figures per half (rules are chosen
// on "tune", "heldout" is only measured), beside a TF-IDF cosine with its best threshold on the same data.
import { MatchIndex } from '../src/core/match/index';
import { pearson, precisionRecall, rankingQuality, type Ranking } from '../src/core/match/evaluate';
import { tokenize } from '../src/core/text/tokens';
import { ecbHalf, loadEcb, loadSemevalEnglish, pairKey, type Half, type LabelledEntry } from './match-data';

/** An article of the mixed library: its story and half. */
export type MixedEntry = LabelledEntry & { half: Half };

/** The mixed library and what is known of its pairs. */
export interface Mixed {
  entries: MixedEntry[];
  /** Pairs left out of scoring (rated as closely related, neither surely the same nor different). */
  ambiguous: Set<string>;
  /** en-en SemEval pairs with their human overall rating. */
  rated: { a: string; b: string; overall: number }[];
}

export function loadMixed(): Mixed {
  const ecb = loadEcb().map((e): MixedEntry => ({ ...e, story: `ecb:${e.story}`, half: ecbHalf(e.story) }));
  const semeval = loadSemevalEnglish();
  return { entries: [...ecb, ...semeval.entries], ambiguous: semeval.ambiguous, rated: semeval.pairs };
}

/** Every query's candidates with score and decision. */
export interface Decided {
  query: string;
  ranked: { id: string; score: number; same: boolean; similarity?: number }[];
}

/** Our matcher over a library: each entry queries the others. */
export function decideWithIndex(entries: LabelledEntry[], top = 50): Decided[] {
  const index = new MatchIndex();
  for (const e of entries) index.add(e);
  return entries.map((e) => ({
    query: e.id,
    ranked: index
      .query(e, { top, excludeId: e.id })
      .map((m) => ({ id: m.id, score: m.score, same: m.sameStory, similarity: m.similarity ?? 0 })),
  }));
}

/** TF-IDF cosine over non-stop stems, every pair scored; `same` is left false (a threshold decides later). */
export function scoreWithTfidf(entries: LabelledEntry[], top = 50): Decided[] {
  const bags = entries.map((e) => {
    const bag = new Map<string, number>();
    for (const t of tokenize(e.text)) if (!t.stop) bag.set(t.stem, (bag.get(t.stem) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = bags.map((bag) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of bag) {
      const w = tf * Math.log(entries.length / (df.get(term) ?? 1));
      v.set(term, w);
      norm += w * w;
    }
    for (const [term, w] of v) v.set(term, w / Math.sqrt(norm || 1));
    return v;
  });
  const postings = new Map<string, { doc: number; w: number }[]>();
  vectors.forEach((v, doc) => {
    for (const [term, w] of v) {
      const list = postings.get(term) ?? [];
      list.push({ doc, w });
      postings.set(term, list);
    }
  });
  return entries.map((e, i) => {
    const dots = new Float64Array(entries.length);
    for (const [term, w] of vectors[i] as Map<string, number>)
      for (const p of postings.get(term) ?? []) dots[p.doc] = (dots[p.doc] as number) + w * p.w;
    const ranked = entries.flatMap((other, j) =>
      i === j || dots[j] === 0 ? [] : [{ id: other.id, score: dots[j] as number, same: false }],
    );
    return { query: e.id, ranked: ranked.sort((a, b) => b.score - a.score).slice(0, top) };
  });
}

/** Decides by a threshold instead of the matcher's own verdict. */
export function atThreshold(decided: Decided[], threshold: number): Decided[] {
  return decided.map((d) => ({ ...d, ranked: d.ranked.map((r) => ({ ...r, same: r.score >= threshold })) }));
}

/** Same-story decision quality over the queries of one half (ordered pairs: what each query is shown). */
export interface DecisionQuality {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Queries shown at least one other story as a version. */
  queriesWithFalse: number;
  queries: number;
  p1: number;
  map: number;
}

export function decisionQuality(
  entries: MixedEntry[],
  decided: Decided[],
  half: Half | 'all',
  ambiguous: Set<string> = new Set(),
): DecisionQuality {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const storySize = new Map<string, number>();
  for (const e of entries) storySize.set(e.story, (storySize.get(e.story) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  let positives = 0;
  let queriesWithFalse = 0;
  let queries = 0;
  const rankings: Ranking[] = [];
  const stories = new Map<string, string>();
  for (const d of decided) {
    const q = byId.get(d.query);
    if (!q || (half !== 'all' && q.half !== half)) continue;
    queries++;
    positives += (storySize.get(q.story) ?? 1) - 1;
    let wrong = false;
    for (const r of d.ranked) {
      if (!r.same || ambiguous.has(pairKey(q.id, r.id))) continue;
      if (byId.get(r.id)?.story === q.story) tp++;
      else {
        fp++;
        wrong = true;
      }
    }
    if (wrong) queriesWithFalse++;
    rankings.push({ query: d.query, ranked: d.ranked.filter((r) => !ambiguous.has(pairKey(q.id, r.id))) });
  }
  for (const e of entries) stories.set(e.id, e.story);
  const { p1, map } = rankingQuality(rankings, stories);
  return {
    ...precisionRecall(tp, fp, positives),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: positives - tp,
    queriesWithFalse,
    queries,
    p1,
    map,
  };
}

/** The threshold with the best F1 for a scored run (chosen in hindsight: the baseline's best case). */
export function bestThresholdOf(
  entries: MixedEntry[],
  decided: Decided[],
  half: Half | 'all',
  ambiguous?: Set<string>,
): { threshold: number; quality: DecisionQuality } {
  const scores = [...new Set(decided.flatMap((d) => d.ranked.map((r) => r.score)))].sort((a, b) => a - b);
  let best = {
    threshold: Infinity,
    quality: decisionQuality(entries, atThreshold(decided, Infinity), half, ambiguous),
  };
  const step = Math.max(1, Math.floor(scores.length / 400));
  for (let i = 0; i < scores.length; i += step) {
    const threshold = scores[i] as number;
    const quality = decisionQuality(entries, atThreshold(decided, threshold), half, ambiguous);
    if (quality.f1 > best.quality.f1) best = { threshold, quality };
  }
  return best;
}

/** Pearson correlation of the score with the human overall rating (1 most similar; reported as a positive figure). */
export function ratingCorrelation(
  decided: Decided[],
  rated: Mixed['rated'],
  of: 'score' | 'similarity' = 'score',
): number {
  const score = new Map<string, number>();
  for (const d of decided)
    for (const r of d.ranked) {
      const key = pairKey(d.query, r.id);
      score.set(key, Math.max(score.get(key) ?? 0, r[of] ?? 0));
    }
  return -pearson(
    rated.map((p) => score.get(pairKey(p.a, p.b)) ?? 0),
    rated.map((p) => p.overall),
  );
}
