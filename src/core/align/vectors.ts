// Weighted term sets for sentences: what each sentence says, weighted by how rare each term is in the two
// texts (an IDF computed from just these two), with numbers and names weighted up as anchors.
import type { Sentence } from '../text';
import { synonymKey } from './synonyms';

/** A sentence's terms with their weights, and the total weight. */
export interface Vector {
  /** Term key → weight. */
  weights: Map<string, number>;
  /** Sum of the weights. */
  total: number;
}

/** How much more a number or a name counts than a common word: they anchor facts across rewordings. */
const NUMBER_BOOST = 1.6;
const NAME_BOOST = 1.3;

/** The distinct content keys of a sentence, with whether each is a number or a name. */
function keysOf(sentence: Sentence): Map<string, number> {
  const keys = new Map<string, number>();
  for (const term of sentence.terms) {
    if (term.stop || term.key.length < 2) {
      if (!term.isNumber && term.key !== '%') continue;
    }
    const key = term.isNumber || term.isName ? term.key : synonymKey(term.key);
    const boost = term.isNumber ? NUMBER_BOOST : term.isName ? NAME_BOOST : 1;
    keys.set(key, Math.max(keys.get(key) ?? 0, boost));
  }
  return keys;
}

/** Builds the vectors of both texts' compared sentences with one shared document frequency table. */
export function buildVectors(base: Sentence[], other: Sentence[]): { base: Vector[]; other: Vector[] } {
  const baseKeys = base.map(keysOf);
  const otherKeys = other.map(keysOf);
  const df = new Map<string, number>();
  for (const keys of [...baseKeys, ...otherKeys])
    for (const key of keys.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = baseKeys.length + otherKeys.length;
  const toVector = (keys: Map<string, number>): Vector => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const [key, boost] of keys) {
      const w = boost * Math.log(1 + n / (df.get(key) ?? 1));
      weights.set(key, w);
      total += w;
    }
    return { weights, total };
  };
  return { base: baseKeys.map(toVector), other: otherKeys.map(toVector) };
}

/** Weight both vectors share (each term counted at the smaller of its two weights). */
export function sharedWeight(a: Vector, b: Vector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, w] of small.weights) {
    const v = large.weights.get(key);
    if (v !== undefined) shared += Math.min(w, v);
  }
  return shared;
}

/** Symmetric similarity 0..1 of two vectors (weighted Ochiai: shared over the geometric mean of totals). */
export function similarity(a: Vector, b: Vector): number {
  if (a.total === 0 || b.total === 0) return 0;
  return sharedWeight(a, b) / Math.sqrt(a.total * b.total);
}

/** The union of several vectors: what a merged group of sentences says. */
export function union(vectors: Vector[]): Vector {
  const weights = new Map<string, number>();
  for (const v of vectors)
    for (const [key, w] of v.weights) weights.set(key, Math.max(weights.get(key) ?? 0, w));
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total };
}
