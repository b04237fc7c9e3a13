// Weighted term sets for sentences: what each sentence says, weighted by how rare each term is in the two
// texts (an IDF computed from just these two), with numbers and names weighted up as anchors.
//
// Terms are numbered per comparison and each vector keeps its term ids sorted, with the weights beside them in
// typed arrays: comparing two sentences is a merge of two short sorted lists rather than hashed string lookups,
// which keeps the cost per comparison flat as texts grow (string-keyed maps slowed down with the heap).
import type { Sentence } from '../text';
import { synonymKey } from './synonyms';

/** A sentence's terms with their weights, and the total weight. */
export interface Vector {
  /** Term ids, ascending (ids are shared by both sides of one comparison). */
  ids: Int32Array;
  /** Weight of each term, beside its id. */
  weights: Float64Array;
  /** Sum of the weights. */
  total: number;
}

/** The vectors of both sides, with how many sentences of both sides hold each term. */
export interface Vectors {
  base: Vector[];
  other: Vector[];
  /** Document frequency of each term id over both sides. */
  df: Int32Array;
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

/** A vector from (id, weight) entries in any order. */
function vectorOf(entries: [number, number][]): Vector {
  entries.sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(entries.length);
  const weights = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([id, w], i) => {
    ids[i] = id;
    weights[i] = w;
    total += w;
  });
  return { ids, weights, total };
}

/** Builds the vectors of both texts' compared sentences with one shared document frequency table. */
export function buildVectors(base: Sentence[], other: Sentence[]): Vectors {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const toIds = (sentence: Sentence): [number, number][] =>
    [...keysOf(sentence)].map(([key, boost]) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        counts.push(0);
      }
      counts[id] = (counts[id] as number) + 1;
      return [id, boost];
    });
  const baseKeys = base.map(toIds);
  const otherKeys = other.map(toIds);
  const n = baseKeys.length + otherKeys.length;
  const toVector = (keys: [number, number][]): Vector =>
    vectorOf(keys.map(([id, boost]) => [id, boost * Math.log(1 + n / (counts[id] as number))]));
  return { base: baseKeys.map(toVector), other: otherKeys.map(toVector), df: Int32Array.from(counts) };
}

/** Weight both vectors share (each term counted at the smaller of its two weights). */
export function sharedWeight(a: Vector, b: Vector): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      shared += Math.min(a.weights[i] as number, b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Symmetric similarity 0..1 of two vectors (weighted Ochiai: shared over the geometric mean of totals). */
export function similarity(a: Vector, b: Vector): number {
  if (a.total === 0 || b.total === 0) return 0;
  return sharedWeight(a, b) / Math.sqrt(a.total * b.total);
}

/** The union of several vectors: what a merged group of sentences says (each term at its largest weight). */
export function union(vectors: Vector[]): Vector {
  if (vectors.length === 1) return vectors[0] as Vector;
  const weights = new Map<number, number>();
  for (const v of vectors)
    v.ids.forEach((id, i) => weights.set(id, Math.max(weights.get(id) ?? 0, v.weights[i] as number)));
  return vectorOf([...weights]);
}
