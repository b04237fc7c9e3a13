// Sentence alignment of two versions of a story: which sentences say the same thing, which have no
// counterpart (facts only one version reports), with the evidence (scores, closest sentence) kept.
import type { Sentence } from '../text';
import { assign, type AssignOptions, type Group } from './assign';
import { candidatePairs } from './candidates';
import { dropUnfounded } from './evidence';
import { secondChance } from './second-chance';
import { buildVectors, similarity, union, type Vector } from './vectors';

/** Sentences of both sides that say the same thing, with how surely. Indices are article sentence indices. */
export interface AlignedGroup {
  base: number[];
  other: number[];
  /** Similarity of the two sides, 0..1. */
  score: number;
}

/** A compared sentence without counterpart, with its closest sentence on the other side as evidence. */
export interface Unpaired {
  index: number;
  closest?: { index: number; score: number };
}

/** The alignment of two sentence lists. */
export interface Alignment {
  groups: AlignedGroup[];
  onlyInBase: Unpaired[];
  onlyInOther: Unpaired[];
  /** Total weight of compared sentences, per side, and how much of it the confident pairs align (second chance excluded). */
  weight: {
    base: number;
    other: number;
    alignedBase: number;
    alignedOther: number;
    /** The aligned weights, each pair's counted at its similarity: two sentences that differ are not 100% alike. */
    scoredBase: number;
    scoredOther: number;
  };
  /** Similarity of the two texts taken whole (every compared sentence's terms), 0..1. */
  documentSimilarity: number;
}

/**
 * Calibrated on the seeds (paraphrased counterparts, see test/gold) and on ecbplus-dev (best matches between
 * sentences of articles about different events of the same kind, which must stay below it); see bench/compare.ts.
 */
export const DEFAULT_ALIGN_OPTIONS: AssignOptions = {
  threshold: 0.25,
  joinCoverage: 0.3,
  joinGain: 0.06,
  joinKeep: 1,
};

function sumTotals(vectors: Vector[], indices: number[]): number {
  return indices.reduce((sum, i) => sum + (vectors[i]?.total ?? 0), 0);
}

/** Weight of one side's confidently paired sentences, each group's counted at the group's similarity. */
function scoredWeight(
  groups: Group[],
  vectors: { base: Vector[]; other: Vector[] },
  side: 'base' | 'other',
): number {
  let total = 0;
  for (const g of groups) {
    const sim = similarity(
      union(g.base.map((i) => vectors.base[i] as Vector)),
      union(g.other.map((i) => vectors.other[i] as Vector)),
    );
    total += sumTotals(vectors[side], g[side]) * Math.min(1, sim);
  }
  return total;
}

/**
 * Pairs leftovers whose words are the same on both sides. A sentence of function words only ("Why did you do
 * it?") has no weight, so no candidate ever proposes it; word for word, it is still said by both.
 */
function pairIdentical(groups: Group[], base: Sentence[], other: Sentence[]): void {
  const key = (s: Sentence) => s.tokens.map((t) => t.norm).join(' ');
  const paired = (side: 'base' | 'other') => new Set(groups.flatMap((g) => g[side]));
  const pairedBase = paired('base');
  const free = new Map<string, number>();
  base.forEach((s, i) => {
    if (!pairedBase.has(i) && !free.has(key(s))) free.set(key(s), i);
  });
  const pairedOther = paired('other');
  other.forEach((s, i) => {
    const b = free.get(key(s));
    if (pairedOther.has(i) || b === undefined) return;
    free.delete(key(s));
    groups.push({ base: [b], other: [i] });
  });
}

/** Aligns the compared sentences (those not set aside) of two articles. */
export function alignSentences(
  baseAll: Sentence[],
  otherAll: Sentence[],
  options: AssignOptions = DEFAULT_ALIGN_OPTIONS,
): Alignment {
  const base = baseAll.filter((s) => s.setAside === null);
  const other = otherAll.filter((s) => s.setAside === null);
  const vectors = buildVectors(base, other);
  const candidates = candidatePairs(vectors, options.threshold / 3);
  const groups = assign(candidates, vectors.base, vectors.other, options);
  // How similar the two stories are is judged on the confident pairs only: the second chance below is about
  // not reporting a paraphrase as a missing fact, and would make different events look alike.
  const confidentBase = groups.flatMap((g) => g.base);
  const confidentOther = groups.flatMap((g) => g.other);
  const scoredBase = scoredWeight(groups, vectors, 'base');
  const scoredOther = scoredWeight(groups, vectors, 'other');
  secondChance(groups, candidates, vectors);
  dropUnfounded(groups, vectors, { base, other });
  pairIdentical(groups, base, other);

  const pairedBase = new Set(groups.flatMap((g) => g.base));
  const pairedOther = new Set(groups.flatMap((g) => g.other));
  const closestBase = new Map<number, { index: number; score: number }>();
  const closestOther = new Map<number, { index: number; score: number }>();
  for (const c of candidates) {
    const near = closestBase.get(c.base);
    if (!near || near.score < c.similarity) closestBase.set(c.base, { index: c.other, score: c.similarity });
    const prev = closestOther.get(c.other);
    if (!prev || prev.score < c.similarity) closestOther.set(c.other, { index: c.base, score: c.similarity });
  }
  const unpaired = (
    list: Sentence[],
    paired: Set<number>,
    closest: Map<number, { index: number; score: number }>,
    peer: Sentence[],
  ): Unpaired[] =>
    list.flatMap((s, i) => {
      if (paired.has(i)) return [];
      const near = closest.get(i);
      return [
        near
          ? { index: s.index, closest: { index: (peer[near.index] as Sentence).index, score: near.score } }
          : { index: s.index },
      ];
    });

  const aligned = groups
    .map((g) => ({
      base: g.base.map((i) => (base[i] as Sentence).index),
      other: g.other.map((i) => (other[i] as Sentence).index),
      score: similarity(
        union(g.base.map((i) => vectors.base[i] as Vector)),
        union(g.other.map((i) => vectors.other[i] as Vector)),
      ),
    }))
    .sort((a, b) => (a.base[0] ?? 0) - (b.base[0] ?? 0));

  return {
    documentSimilarity: similarity(union(vectors.base), union(vectors.other)),
    groups: aligned,
    onlyInBase: unpaired(base, pairedBase, closestBase, other),
    onlyInOther: unpaired(other, pairedOther, closestOther, base),
    weight: {
      base: sumTotals(
        vectors.base,
        base.map((_, i) => i),
      ),
      other: sumTotals(
        vectors.other,
        other.map((_, i) => i),
      ),
      alignedBase: sumTotals(vectors.base, confidentBase),
      alignedOther: sumTotals(vectors.other, confidentOther),
      scoredBase,
      scoredOther,
    },
  };
}
