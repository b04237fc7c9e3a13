// Measures of matching quality against labelled stories: precision at 1, mean average precision, precision and
// recall of the same-story decision, and the correlation of scores with people's ratings.

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

/** Precision, recall and F1 of a decision from its counts (1 where nothing was decided or expected). */
export function precisionRecall(
  truePositives: number,
  falsePositives: number,
  positives: number,
): { precision: number; recall: number; f1: number } {
  const decided = truePositives + falsePositives;
  const precision = decided === 0 ? 1 : truePositives / decided;
  const recall = positives === 0 ? 1 : truePositives / positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
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
