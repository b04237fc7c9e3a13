// The finer comparison of one candidate: per-kind TF-IDF cosines (words, names, numbers, title words), who
// each side is mostly about, and when each says it happened — the evidence the calibrated decision weighs.
import { KIND_WEIGHTS, MIN_EVIDENCE } from './calibration';
import { FEATURE_KINDS, type FeatureKind } from './features';
import type { StoryWhen } from './when';

const KIND_COUNT = FEATURE_KINDS.length;
const ENTITY = FEATURE_KINDS.indexOf('entity');

/** A weighted sparse vector: vocabulary ids ascending, with their weights (tf · idf). */
export interface WeightedVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Squared norm per feature kind, in FEATURE_KINDS order. */
  norms: Float64Array;
  /** Number of features per kind (including any not in the vector's ids), in FEATURE_KINDS order. */
  counts: Int32Array;
  /** Sum of weights per kind (including features not in the vector's ids), in FEATURE_KINDS order. */
  sums: Float64Array;
  /** Vocabulary ids of its most salient names (entity features), strongest first. */
  leads: number[];
  /** Vocabulary ids of its KEY_TERMS heaviest features of any kind: what the article is mostly about. */
  keys: number[];
}

/** What two articles share, kind by kind. */
export interface PairEvidence {
  /** Cosine per feature kind (FEATURE_KINDS order); NaN where either side has none of that kind. */
  cosines: Float64Array;
  /** The per-kind cosines combined with KIND_WEIGHTS (the similarity of the texts taken whole). */
  combined: number;
  /**
   * Per kind, the weight both sides share (the lesser weight of each shared feature) over the lesser side's
   * total: a brief wholly contained in a long report scores high where a cosine would not. NaN where either
   * side has none of that kind.
   */
  overlaps: Float64Array;
  /** Share of each side's leading names that the other side names too, the lower of the two (NaN: none). */
  leadNames: number;
  /** The same share, the higher of the two (NaN: either side names no one). */
  leadNamesHigh: number;
  /** Share of each side's key terms that the other side has, the lower and the higher of the two. */
  keyTerms: { low: number; high: number };
  /** Vocabulary ids of shared features, strongest first (at most 8). */
  shared: number[];
}

/** How many of an article's most salient names say whom it is about. */
export const LEAD_NAMES = 3;
/** How many of an article's heaviest features say what it is about. */
export const KEY_TERMS = 15;

/** The ids of the `k` heaviest entries (ties: lower id), heaviest first, in one pass with a small sorted list. */
export function heaviest(
  ids: ArrayLike<number>,
  weights: ArrayLike<number>,
  k: number,
  keep?: (id: number) => boolean,
): number[] {
  const top: { id: number; w: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    const w = weights[i] as number;
    if (keep && !keep(id)) continue;
    if (top.length === k) {
      const last = top[k - 1] as { id: number; w: number };
      if (w < last.w || (w === last.w && id > last.id)) continue;
      top.pop();
    }
    let at = top.length;
    while (
      at > 0 &&
      ((top[at - 1] as { w: number }).w < w ||
        ((top[at - 1] as { w: number }).w === w && (top[at - 1] as { id: number }).id > id))
    )
      at--;
    top.splice(at, 0, { id, w });
  }
  return top.map((t) => t.id);
}

/** The ids of the heaviest features (ties: lower id), at most KEY_TERMS. */
export function keysOf(ids: ArrayLike<number>, weights: ArrayLike<number>): number[] {
  return heaviest(ids, weights, KEY_TERMS);
}

/**
 * The ids of an article's leading names: the entity features it repeats most, rarer names first among
 * equals (`salience` is parallel to `ids`).
 */
export function leadsOf(ids: Int32Array, salience: ArrayLike<number>, kindOf: ArrayLike<number>): number[] {
  return heaviest(ids, salience, LEAD_NAMES, (id) => kindOf[id] === ENTITY);
}

function contains(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function leadShare(leads: number[], other: Int32Array): number {
  if (leads.length === 0) return NaN;
  return leads.filter((id) => contains(other, id)).length / leads.length;
}

/**
 * Combines per-kind cosines, counting only kinds both articles have, and a kind with fewer than
 * MIN_EVIDENCE features on either side only in part: one shared number ("20") is no evidence of a story.
 */
function combine(cosines: Float64Array, a: WeightedVector, b: WeightedVector): number {
  let total = 0;
  let weight = 0;
  for (let k = 0; k < KIND_COUNT; k++) {
    const cos = cosines[k] as number;
    if (Number.isNaN(cos)) continue;
    const evidence = Math.min(1, Math.min(a.counts[k] ?? 0, b.counts[k] ?? 0) / MIN_EVIDENCE);
    const w = KIND_WEIGHTS[FEATURE_KINDS[k] as FeatureKind] * evidence;
    total += w * cos;
    weight += w;
  }
  return weight === 0 ? 0 : total / weight;
}

/** Compares two vectors; `kindOf` gives a vocabulary id's kind index. */
export function comparePair(q: WeightedVector, d: WeightedVector, kindOf: ArrayLike<number>): PairEvidence {
  const dots = new Float64Array(KIND_COUNT);
  const mins = new Float64Array(KIND_COUNT);
  const shared: { id: number; w: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < q.ids.length && j < d.ids.length) {
    const a = q.ids[i] as number;
    const b = d.ids[j] as number;
    if (a < b) i++;
    else if (a > b) j++;
    else {
      const qw = q.weights[i] as number;
      const dw = d.weights[j] as number;
      const w = qw * dw;
      const kind = kindOf[a] ?? 0;
      dots[kind] = (dots[kind] ?? 0) + w;
      mins[kind] = (mins[kind] ?? 0) + Math.min(qw, dw);
      shared.push({ id: a, w: w * KIND_WEIGHTS[FEATURE_KINDS[kind] as FeatureKind] });
      i++;
      j++;
    }
  }
  const cosines = new Float64Array(KIND_COUNT);
  const overlaps = new Float64Array(KIND_COUNT);
  for (let k = 0; k < KIND_COUNT; k++) {
    const na = q.norms[k] ?? 0;
    const nb = d.norms[k] ?? 0;
    cosines[k] = na === 0 || nb === 0 ? NaN : (dots[k] ?? 0) / Math.sqrt(na * nb);
    const least = Math.min(q.sums[k] ?? 0, d.sums[k] ?? 0);
    overlaps[k] = least === 0 ? NaN : (mins[k] ?? 0) / least;
  }
  shared.sort((x, y) => y.w - x.w);
  const qShare = leadShare(q.leads, d.ids);
  const dShare = leadShare(d.leads, q.ids);
  const named = !Number.isNaN(qShare) && !Number.isNaN(dShare);
  const leadNames = named ? Math.min(qShare, dShare) : NaN;
  const leadNamesHigh = named ? Math.max(qShare, dShare) : NaN;
  const qKeys = leadShare(q.keys, d.ids);
  const dKeys = leadShare(d.keys, q.ids);
  const keyTerms =
    Number.isNaN(qKeys) || Number.isNaN(dKeys)
      ? { low: 0, high: 0 }
      : { low: Math.min(qKeys, dKeys), high: Math.max(qKeys, dKeys) };
  return {
    cosines,
    overlaps,
    combined: combine(cosines, q, d),
    leadNames,
    leadNamesHigh,
    keyTerms,
    shared: shared.slice(0, 8).map((s) => s.id),
  };
}

/** Days between the dates two articles give their story, or null when either gives none. */
export function daysApart(a: StoryWhen, b: StoryWhen): number | null {
  return a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : null;
}
