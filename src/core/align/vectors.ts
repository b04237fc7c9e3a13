// Weighted term sets for sentences: what each sentence says, weighted by how rare each term is in the two
// texts (an IDF computed from just these two), with numbers and names weighted up as anchors.
//
// Terms are numbered per comparison and each vector keeps its term ids sorted, with the weights beside them in
// typed arrays: comparing two sentences is a merge of two short sorted lists rather than hashed string lookups,
// which keeps the cost per comparison flat as texts grow (string-keyed maps slowed down with the heap).
import type { Sentence } from '../text';
import { synonymKey } from '../text/synonyms';

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
  /** 1 for the ids of figures, 0 for words. */
  numeric: Uint8Array;
}

/** How much more a number or a name counts than a common word: they anchor facts across rewordings. */
const NUMBER_BOOST = 1.6;
const NAME_BOOST = 1.3;

/** The key of a term as alignment counts it, with its boost, or null for a term that says nothing alone. */
function keyOf(term: Sentence['terms'][number]): [string, number] | null {
  if ((term.stop || term.key.length < 2) && !term.isNumber && term.key !== '%') return null;
  if (term.isNumber) return [term.key, NUMBER_BOOST];
  return term.isName ? [term.key, NAME_BOOST] : [synonymKey(term.key), 1];
}

function sum(weights: Float64Array): number {
  let total = 0;
  for (const w of weights) total += w;
  return total;
}

/** A vector from (id, weight) entries in any order. */
function vectorOf(entries: [number, number][]): Vector {
  entries.sort((a, b) => a[0] - b[0]);
  const ids = Int32Array.from(entries, (e) => e[0]);
  const weights = Float64Array.from(entries, (e) => e[1]);
  return { ids, weights, total: sum(weights) };
}

/** Sorts ids ascending, moving each weight with its id (a sentence has a few dozen terms at most). */
function sortTogether(ids: Int32Array, weights: Float64Array): void {
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i] as number;
    const w = weights[i] as number;
    let j = i - 1;
    for (; j >= 0 && (ids[j] as number) > id; j--) {
      ids[j + 1] = ids[j] as number;
      weights[j + 1] = weights[j] as number;
    }
    ids[j + 1] = id;
    weights[j + 1] = w;
  }
}

/** Numbers the terms of both sides and counts, per term, the sentences that hold it. */
class Dictionary {
  readonly ids = new Map<string, number>();
  readonly df: number[] = [];
  readonly numeric: number[] = [];
  /** Per id, the sentence that last held it (+1) and where in that sentence's list: to merge repeats. */
  private readonly last: number[] = [];
  private readonly slot: number[] = [];
  private sentences = 0;

  /** The distinct term ids of a sentence with their boosts (a repeated term keeps its largest boost). */
  read(sentence: Sentence): { ids: Int32Array; weights: Float64Array } {
    const stamp = ++this.sentences;
    const ids: number[] = [];
    const boosts: number[] = [];
    for (const term of sentence.terms) {
      const entry = keyOf(term);
      if (entry === null) continue;
      let id = this.ids.get(entry[0]);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(entry[0], id);
        this.df.push(0);
        this.numeric.push(term.isNumber ? 1 : 0);
        this.last.push(0);
        this.slot.push(0);
      }
      if (this.last[id] === stamp) {
        const at = this.slot[id] as number;
        boosts[at] = Math.max(boosts[at] as number, entry[1]);
        continue;
      }
      this.last[id] = stamp;
      this.slot[id] = ids.length;
      this.df[id] = (this.df[id] as number) + 1;
      ids.push(id);
      boosts.push(entry[1]);
    }
    return { ids: Int32Array.from(ids), weights: Float64Array.from(boosts) };
  }
}

/** Builds the vectors of both texts' compared sentences with one shared document frequency table. */
export function buildVectors(base: Sentence[], other: Sentence[]): Vectors {
  const dictionary = new Dictionary();
  const baseRead = base.map((s) => dictionary.read(s));
  const otherRead = other.map((s) => dictionary.read(s));
  const n = base.length + other.length;
  const idf = dictionary.df.map((df) => Math.log(1 + n / df));
  const toVector = ({ ids, weights }: { ids: Int32Array; weights: Float64Array }): Vector => {
    for (let i = 0; i < ids.length; i++)
      weights[i] = (weights[i] as number) * (idf[ids[i] as number] as number);
    sortTogether(ids, weights);
    return { ids, weights, total: sum(weights) };
  };
  return {
    base: baseRead.map(toVector),
    other: otherRead.map(toVector),
    df: Int32Array.from(dictionary.df),
    numeric: Uint8Array.from(dictionary.numeric),
  };
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

/** Weight both vectors share in words only, figures left out (each term at the smaller of its two weights). */
export function sharedWordWeight(a: Vector, b: Vector, numeric: Uint8Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      if (numeric[x] === 0) shared += Math.min(a.weights[i] as number, b.weights[j] as number);
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
