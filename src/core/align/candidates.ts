// Candidate pairs of sentences, from an inverted index of the terms they share, so that long texts are not
// compared all against all: very common terms do not propose candidates, and each sentence keeps its best few.
import { type Vector, similarity } from './vectors';

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
/** Candidates kept per base sentence. */
const PER_SENTENCE = 12;
/** Weight of the order prior: a tie-breaker between equally similar sentences, never a reason alone. */
const ORDER_PRIOR = 0.04;

function invertedIndex(vectors: Vector[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const key of v.weights.keys()) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

/** Relative position 0..1 of item i among n. */
function position(i: number, n: number): number {
  return n <= 1 ? 0.5 : i / (n - 1);
}

/** Rounds away the last bits of float noise, so that the same pair scores the same from either side. */
function quantize(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** The candidates proposed for each sentence of `from` among the sentences of `to`, keyed "from:to". */
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

/** The candidates proposed for each sentence of `from` among the sentences of `to`, keyed "from:to". */
function propose(
  from: Vector[],
  to: Vector[],
  flip: boolean,
  minSimilarity: number,
  out: Map<string, Candidate>,
): void {
  const index = invertedIndex(to);
  // A dense accumulator with the list of touched entries: no map per sentence, nothing for the collector.
  const overlap = new Float64Array(to.length);
  const touched: number[] = [];
  from.forEach((vector, f) => {
    for (const [key, w] of vector.weights) {
      const list = index.get(key);
      if (!list || list.length > POSTING_CAP) continue;
      for (const o of list) {
        if (overlap[o] === 0) touched.push(o);
        overlap[o] = (overlap[o] as number) + w;
      }
    }
    for (const t of topK(touched, overlap, PER_SENTENCE)) {
      const [b, o] = flip ? [t, f] : [f, t];
      const key = `${b}:${o}`;
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
  });
}

/**
 * Candidate pairs between the two sides, best first. Proposed from both sides so that the result does not
 * depend on which version is the base; ties are broken by position only, in a way that is symmetric too.
 */
export function candidatePairs(base: Vector[], other: Vector[], minSimilarity: number): Candidate[] {
  const found = new Map<string, Candidate>();
  propose(base, other, false, minSimilarity, found);
  propose(other, base, true, minSimilarity, found);
  return [...found.values()].sort(
    (x, y) =>
      y.score - x.score ||
      x.base + x.other - (y.base + y.other) ||
      Math.abs(x.base - x.other) - Math.abs(y.base - y.other) ||
      x.base - y.base,
  );
}
