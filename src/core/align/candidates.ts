// Candidate pairs of sentences, from an inverted index of the terms they share, so that long texts are not
// compared all against all: very common terms do not propose candidates, and each sentence keeps its best few.
import { type Vector, type Vectors, similarity } from './vectors';

/** A possible pairing: base sentence, other sentence, similarity and the position-aware score. */
export interface Candidate {
  base: number;
  other: number;
  /** Term similarity 0..1. */
  similarity: number;
  /** Similarity with the small order prior added: what the assignment ranks by. */
  score: number;
}

/** Terms in more sentences than this propose no candidates (they still count in the similarity). */
const POSTING_CAP = 64;
/**
 * A term in more sentences than this proposes only the sentences nearest where the counterpart is expected
 * (as many as this, by position in the text): rarer terms link sentences across the whole text, a common one
 * can only tell neighbours apart, and scanning all its sentences made the work per sentence grow with length.
 */
const NEAR_POSTINGS = 16;
/** Candidates kept per base sentence. */
const PER_SENTENCE = 12;
/** Weight of the order prior: a tie-breaker between equally similar sentences, never a reason alone. */
const ORDER_PRIOR = 0.04;

/** Which sentences of one side hold each term: the postings of term `id` are `at[start[id]..start[id + 1]]`. */
interface Postings {
  start: Int32Array;
  at: Int32Array;
}

/** An inverted index of one side, laid out flat (two typed arrays, no list per term). */
function invertedIndex(vectors: Vector[], terms: number): Postings {
  const start = new Int32Array(terms + 1);
  for (const v of vectors) for (const id of v.ids) start[id + 1] = (start[id + 1] as number) + 1;
  for (let id = 0; id < terms; id++) start[id + 1] = (start[id + 1] as number) + (start[id] as number);
  const fill = start.slice(0, terms);
  const at = new Int32Array(start[terms] as number);
  vectors.forEach((v, i) => {
    for (const id of v.ids) {
      at[fill[id] as number] = i;
      fill[id] = (fill[id] as number) + 1;
    }
  });
  return { start, at };
}

/** The range of term `id`'s postings to scan: all of them, or the NEAR_POSTINGS around sentence `expected`. */
function postingsNear(index: Postings, id: number, expected: number): [number, number] {
  const first = index.start[id] as number;
  const end = index.start[id + 1] as number;
  if (end - first <= NEAR_POSTINGS || end - first > POSTING_CAP) return [first, end];
  let lo = first;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.at[mid] as number) < expected) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.min(Math.max(first, lo - NEAR_POSTINGS / 2), end - NEAR_POSTINGS);
  return [from, from + NEAR_POSTINGS];
}

/** Relative position 0..1 of item i among n. */
function position(i: number, n: number): number {
  return n <= 1 ? 0.5 : i / (n - 1);
}

/** Rounds away the last bits of float noise, so that the same pair scores the same from either side. */
function quantize(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** The `k` entries of `touched` with the most overlap, best first (ties: lower index first), without a full sort. */
function topK(touched: number[], overlap: Float64Array, k: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) =>
    (overlap[a] as number) > (overlap[b] as number) || (overlap[a] === overlap[b] && a < b);
  for (const t of touched) {
    if (best.length === k && !better(t, best[k - 1] as number)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && better(t, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = t;
  }
  return best;
}

/** The candidates proposed for each sentence of `from` among the sentences of `to`, keyed base × other count. */
function propose(
  sides: { from: Vector[]; to: Vector[]; flip: boolean; terms: number },
  minSimilarity: number,
  out: Map<number, Candidate>,
): void {
  const { from, to, flip } = sides;
  const index = invertedIndex(to, sides.terms);
  const width = flip ? from.length : to.length;
  // A dense accumulator with the list of touched entries: no map per sentence, nothing for the collector.
  const overlap = new Float64Array(to.length);
  const touched: number[] = [];
  for (let f = 0; f < from.length; f++) {
    const vector = from[f] as Vector;
    const expected = Math.round(position(f, from.length) * (to.length - 1));
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k] as number;
      const [first, end] = postingsNear(index, id, expected);
      if (end - first > POSTING_CAP) continue;
      const w = vector.weights[k] as number;
      for (let p = first; p < end; p++) {
        const o = index.at[p] as number;
        if (overlap[o] === 0) touched.push(o);
        overlap[o] = (overlap[o] as number) + w;
      }
    }
    for (const t of topK(touched, overlap, PER_SENTENCE)) {
      const b = flip ? t : f;
      const o = flip ? f : t;
      const key = b * width + o;
      if (out.has(key)) continue;
      const sim = quantize(similarity(vector, to[t] as Vector));
      if (sim < minSimilarity) continue;
      const distance = Math.abs(position(f, from.length) - position(t, to.length));
      out.set(key, {
        base: b,
        other: o,
        similarity: sim,
        score: quantize(sim + ORDER_PRIOR * (1 - distance)),
      });
    }
    for (const t of touched) overlap[t] = 0;
    touched.length = 0;
  }
}

/**
 * Candidate pairs between the two sides, best first. Proposed from both sides so that the result does not
 * depend on which version is the base; ties are broken by position only, in a way that is symmetric too.
 */
export function candidatePairs(vectors: Vectors, minSimilarity: number): Candidate[] {
  const { base, other } = vectors;
  const terms = vectors.df.length;
  const found = new Map<number, Candidate>();
  propose({ from: base, to: other, flip: false, terms }, minSimilarity, found);
  propose({ from: other, to: base, flip: true, terms }, minSimilarity, found);
  return [...found.values()].sort(
    (x, y) =>
      y.score - x.score ||
      x.base + x.other - (y.base + y.other) ||
      Math.abs(x.base - x.other) - Math.abs(y.base - y.other) ||
      x.base - y.base,
  );
}
