// A second chance for sentences the global assignment left unpaired, before they are reported as facts one
// version lacks (the worst false report StoryDiff can make): two leftovers in the same gap between paired
// sentences that say the same thing more loosely, and a sentence that continues a neighbour already paired.
import type { Group } from './assign';
import type { Candidate } from './candidates';
import { type Vector, sharedWeight, union } from './vectors';

/** Thresholds of the second chance, calibrated on the seeds and ecbplus-dev (see bench/compare.ts). */
export interface SecondChanceOptions {
  /** Least similarity for two leftovers in the same gap to pair. */
  gapSimilarity: number;
  /** Least share of a leftover's weight the group of its neighbour must cover, on the other side, to join it. */
  neighbourCoverage: number;
}

export const DEFAULT_SECOND_CHANCE: SecondChanceOptions = { gapSimilarity: 0.15, neighbourCoverage: 0.17 };

/** Group of each sentence of one side, -1 when unpaired. */
function membership(groups: Group[], size: number, side: 'base' | 'other'): Int32Array {
  const of = new Int32Array(size).fill(-1);
  groups.forEach((g, gi) => g[side].forEach((i) => (of[i] = gi)));
  return of;
}

/** For each sentence, the group of the nearest paired sentence before it (-1: start) and after it (-2: end). */
function gaps(of: Int32Array): { before: Int32Array; after: Int32Array } {
  const before = new Int32Array(of.length);
  const after = new Int32Array(of.length);
  let last = -1;
  for (let i = 0; i < of.length; i++) {
    before[i] = last;
    if ((of[i] as number) >= 0) last = of[i] as number;
  }
  last = -2;
  for (let i = of.length - 1; i >= 0; i--) {
    after[i] = last;
    if ((of[i] as number) >= 0) last = of[i] as number;
  }
  return { before, after };
}

/**
 * Pairs leftovers of both sides that sit in the same gap (after the same paired sentence, or before it) and
 * are similar enough: paraphrases too loose for the global threshold, held in place by their neighbours.
 */
function pairInGaps(groups: Group[], candidates: Candidate[], sizes: [number, number], min: number): void {
  const ofBase = membership(groups, sizes[0], 'base');
  const ofOther = membership(groups, sizes[1], 'other');
  const gb = gaps(ofBase);
  const go = gaps(ofOther);
  for (const c of candidates) {
    if (c.similarity < min || ofBase[c.base] !== -1 || ofOther[c.other] !== -1) continue;
    if (gb.before[c.base] !== go.before[c.other] && gb.after[c.base] !== go.after[c.other]) continue;
    ofBase[c.base] = groups.length;
    ofOther[c.other] = groups.length;
    groups.push({ base: [c.base], other: [c.other] });
  }
}

/** The best neighbouring group a leftover could join: the other side of that group says most of it. */
function bestNeighbour(
  i: number,
  of: Int32Array,
  free: Vector,
  theirs: (g: number) => Vector,
): { group: number; coverage: number } {
  let best = { group: -1, coverage: 0 };
  for (const j of [i - 1, i + 1]) {
    const g = j >= 0 && j < of.length ? (of[j] as number) : -1;
    if (g < 0 || free.total === 0) continue;
    const coverage = sharedWeight(free, theirs(g)) / free.total;
    if (coverage > best.coverage) best = { group: g, coverage };
  }
  return best;
}

/**
 * Joins each leftover to the group of a neighbouring sentence when that group's other side already says
 * much of it: the second half of a sentence an outlet split, or a restatement with commentary around it.
 * Decided on the groups as they stand (no cascade), the same way for both sides, so swapping base and other
 * swaps the result.
 */
function joinNeighbours(groups: Group[], base: Vector[], other: Vector[], min: number): void {
  const ofBase = membership(groups, base.length, 'base');
  const ofOther = membership(groups, other.length, 'other');
  const unions = new Map<string, Vector>();
  const sideUnion = (g: number, side: 'base' | 'other'): Vector => {
    const key = `${side}${g}`;
    let u = unions.get(key);
    if (!u) {
      const vectors = side === 'base' ? base : other;
      u = union((groups[g] as Group)[side].map((i) => vectors[i] as Vector));
      unions.set(key, u);
    }
    return u;
  };
  const joins: { group: number; side: 'base' | 'other'; index: number }[] = [];
  base.forEach((v, i) => {
    if (ofBase[i] !== -1) return;
    const best = bestNeighbour(i, ofBase, v, (g) => sideUnion(g, 'other'));
    if (best.coverage >= min) joins.push({ group: best.group, side: 'base', index: i });
  });
  other.forEach((v, i) => {
    if (ofOther[i] !== -1) return;
    const best = bestNeighbour(i, ofOther, v, (g) => sideUnion(g, 'base'));
    if (best.coverage >= min) joins.push({ group: best.group, side: 'other', index: i });
  });
  for (const j of joins) (groups[j.group] as Group)[j.side].push(j.index);
}

/** Gives the leftovers of an assignment their second chance; groups are extended in place. */
export function secondChance(
  groups: Group[],
  candidates: Candidate[],
  vectors: { base: Vector[]; other: Vector[] },
  options: SecondChanceOptions = DEFAULT_SECOND_CHANCE,
): void {
  pairInGaps(groups, candidates, [vectors.base.length, vectors.other.length], options.gapSimilarity);
  joinNeighbours(groups, vectors.base, vectors.other, options.neighbourCoverage);
  for (const g of groups) {
    g.base.sort((a, b) => a - b);
    g.other.sort((a, b) => a - b);
  }
}
