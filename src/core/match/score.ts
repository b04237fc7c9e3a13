// The finer score of one candidate: per-kind TF-IDF cosines (words, names, numbers, title words) combined
// with calibrated weights, and a publication-date factor when both articles are dated.
import { CLOSE_DAYS, DATE_FLOOR, FAR_DAYS, KIND_WEIGHTS, MIN_EVIDENCE } from './calibration';
import { FEATURE_KINDS, type FeatureKind } from './features';

const KIND_COUNT = FEATURE_KINDS.length;

/** A weighted sparse vector: vocabulary ids ascending, with their weights (tf · idf). */
export interface WeightedVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Squared norm per feature kind, in FEATURE_KINDS order. */
  norms: Float64Array;
  /** Number of features per kind (including any not in the vector's ids), in FEATURE_KINDS order. */
  counts: Int32Array;
}

/** Result of scoring one candidate, with the shared features that explain it. */
export interface PairScore {
  score: number;
  /** Vocabulary ids of shared features, strongest first (at most 8). */
  shared: number[];
}

/**
 * Combines per-kind cosines, counting only kinds both articles have, and a kind with fewer than
 * MIN_EVIDENCE features on either side only in part: one shared number ("20") is no evidence of a story.
 */
function combine(dots: Float64Array, a: WeightedVector, b: WeightedVector): number {
  let total = 0;
  let weight = 0;
  for (let k = 0; k < KIND_COUNT; k++) {
    const na = a.norms[k] ?? 0;
    const nb = b.norms[k] ?? 0;
    if (na === 0 || nb === 0) continue;
    const evidence = Math.min(1, Math.min(a.counts[k] ?? 0, b.counts[k] ?? 0) / MIN_EVIDENCE);
    const w = KIND_WEIGHTS[FEATURE_KINDS[k] as FeatureKind] * evidence;
    total += (w * (dots[k] ?? 0)) / Math.sqrt(na * nb);
    weight += w;
  }
  return weight === 0 ? 0 : total / weight;
}

/** Scores two vectors; `kindOf` gives a vocabulary id's kind index. */
export function scorePair(q: WeightedVector, d: WeightedVector, kindOf: ArrayLike<number>): PairScore {
  const dots = new Float64Array(KIND_COUNT);
  const shared: { id: number; w: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < q.ids.length && j < d.ids.length) {
    const a = q.ids[i] as number;
    const b = d.ids[j] as number;
    if (a < b) i++;
    else if (a > b) j++;
    else {
      const w = (q.weights[i] as number) * (d.weights[j] as number);
      const kind = kindOf[a] ?? 0;
      dots[kind] = (dots[kind] ?? 0) + w;
      shared.push({ id: a, w: w * KIND_WEIGHTS[FEATURE_KINDS[kind] as FeatureKind] });
      i++;
      j++;
    }
  }
  shared.sort((x, y) => y.w - x.w);
  return { score: combine(dots, q, d), shared: shared.slice(0, 8).map((s) => s.id) };
}

/** Factor for publication dates: 1 within CLOSE_DAYS, falling to DATE_FLOOR at FAR_DAYS apart. */
export function dateFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 1;
  const days = Math.abs(a - b) / 86_400_000;
  if (days <= CLOSE_DAYS) return 1;
  const fall = Math.min(1, (days - CLOSE_DAYS) / (FAR_DAYS - CLOSE_DAYS));
  return 1 - fall * (1 - DATE_FLOOR);
}
