// Measures of matching quality against labelled stories: precision at 1, mean average precision, and the
// pairwise same-story decision (precision, recall, F1, and the threshold that maximises F1).

/** A labelled article: its id and the story it belongs to. */
export interface Labelled {
  id: string;
  story: string;
}

/** A ranked list for one query: ids best first, with their scores. */
export interface Ranking {
  query: string;
  ranked: { id: string; score: number }[];
}

/** Pairwise decision quality at one threshold. */
export interface PairQuality {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Precision at 1 and mean average precision over queries (unretrieved relevant articles count as misses). */
export function rankingQuality(
  rankings: Ranking[],
  stories: Map<string, string>,
): { p1: number; map: number } {
  const storySize = new Map<string, number>();
  for (const s of stories.values()) storySize.set(s, (storySize.get(s) ?? 0) + 1);
  let p1 = 0;
  let map = 0;
  let counted = 0;
  for (const { query, ranked } of rankings) {
    const story = stories.get(query);
    const relevant = (storySize.get(story ?? '') ?? 1) - 1;
    if (relevant === 0) continue;
    counted++;
    if (ranked[0] && stories.get(ranked[0].id) === story) p1++;
    let hits = 0;
    let sum = 0;
    ranked.forEach((r, i) => {
      if (stories.get(r.id) === story) sum += ++hits / (i + 1);
    });
    map += sum / relevant;
  }
  return { p1: p1 / counted, map: map / counted };
}

/**
 * Precision, recall and F1 of "score ≥ threshold means same story" over all unordered pairs. `scores` holds
 * one score per scored pair (pairs never scored count as below every threshold); `positives` is the number
 * of same-story pairs in the whole collection.
 */
export function pairQuality(
  scores: { score: number; same: boolean }[],
  positives: number,
  threshold: number,
): PairQuality {
  let tp = 0;
  let fp = 0;
  for (const s of scores) {
    if (s.score < threshold) continue;
    if (s.same) tp++;
    else fp++;
  }
  return quality(threshold, tp, fp, positives);
}

/** Precision, recall and F1 from the counts at one threshold. */
function quality(threshold: number, tp: number, fp: number, positives: number): PairQuality {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = positives === 0 ? 1 : tp / positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    threshold,
    precision,
    recall,
    f1,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: positives - tp,
  };
}

/** The threshold (one of the observed scores) with the highest pairwise F1. */
export function bestThreshold(scores: { score: number; same: boolean }[], positives: number): PairQuality {
  const sorted = [...scores].sort((a, b) => b.score - a.score);
  let best = pairQuality([], positives, Infinity);
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as { score: number; same: boolean };
    if (s.same) tp++;
    else fp++;
    if (sorted[i + 1]?.score === s.score) continue;
    const here = quality(s.score, tp, fp, positives);
    if (here.f1 > best.f1) best = here;
  }
  return best;
}

/** Pearson correlation of two equally long lists (0 when either is constant). */
export function pearson(xs: number[], ys: number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
