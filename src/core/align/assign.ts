// Global assignment of sentences to their counterparts. Candidate pairs are taken best first over the whole
// text (not sentence by sentence, first come first served), then free sentences join an existing pair when
// they complete it: one outlet's sentence split in two, or two merged into one.
//
// Why greedy-by-score rather than Hungarian: the candidate graph is sparse and nearly one-to-one, so taking
// the best edge first is almost always what the optimum does, and it runs in O(E log E) instead of O(n³),
// which keeps a 6,000-word pair in milliseconds; it is also deterministic and explainable (each pair was the
// best remaining evidence). Reordered paragraphs cost nothing: order is only a small prior on the score.
import type { Candidate } from './candidates';
import { type Vector, sharedWeight, similarity, union } from './vectors';

/** Sentences of the two sides that say the same thing (indices into the compared sentences). */
export interface Group {
  base: number[];
  other: number[];
}

/** Tuning of the assignment; calibrated values live in align/index.ts. */
export interface AssignOptions {
  /** Least similarity for a one-to-one pair. */
  threshold: number;
  /** Least share of a free sentence's weight the group's other side must cover for it to join. */
  joinCoverage: number;
  /** Least gain in how much of the group's other side is covered once the sentence joins. */
  joinGain: number;
  /** Share of the group's similarity that must survive the join (below 1: a longer side may score lower). */
  joinKeep: number;
}

const MAX_GROUP_SIDE = 4;

function coverage(of: Vector, by: Vector): number {
  return of.total === 0 ? 0 : sharedWeight(of, by) / of.total;
}

/** Pairs sentences one to one, best evidence first. */
function pairOneToOne(
  candidates: Candidate[],
  sizes: { base: number; other: number },
  threshold: number,
): { groups: Group[]; baseGroup: Int32Array; otherGroup: Int32Array } {
  const baseGroup = new Int32Array(sizes.base).fill(-1);
  const otherGroup = new Int32Array(sizes.other).fill(-1);
  const groups: Group[] = [];
  for (const c of candidates) {
    if (c.similarity < threshold || baseGroup[c.base] !== -1 || otherGroup[c.other] !== -1) continue;
    baseGroup[c.base] = groups.length;
    otherGroup[c.other] = groups.length;
    groups.push({ base: [c.base], other: [c.other] });
  }
  return { groups, baseGroup, otherGroup };
}

/** True when `free` should join `group` on side `side`: the other side says it too, and says it better together. */
function completes(free: Vector, mine: Vector[], theirs: Vector[], options: AssignOptions): boolean {
  if (mine.length >= MAX_GROUP_SIDE) return false;
  const theirUnion = union(theirs);
  if (coverage(free, theirUnion) < options.joinCoverage) return false;
  const before = union(mine);
  const after = union([...mine, free]);
  const gain = coverage(theirUnion, after) - coverage(theirUnion, before);
  return (
    gain >= options.joinGain &&
    similarity(after, theirUnion) >= similarity(before, theirUnion) * options.joinKeep
  );
}

/** Assigns counterparts: one-to-one first, then splits and merges. Candidates must be sorted best first. */
export function assign(
  candidates: Candidate[],
  base: Vector[],
  other: Vector[],
  options: AssignOptions,
): Group[] {
  const { groups, baseGroup, otherGroup } = pairOneToOne(
    candidates,
    { base: base.length, other: other.length },
    options.threshold,
  );
  const vectors = { base, other };
  const membership = { base: baseGroup, other: otherGroup };
  for (const c of candidates) {
    const gb = baseGroup[c.base] ?? -1;
    const go = otherGroup[c.other] ?? -1;
    if ((gb === -1) === (go === -1)) continue;
    // One side of the candidate is still free: it may join the group its partner already belongs to.
    const side = gb === -1 ? 'base' : 'other';
    const opposite = side === 'base' ? 'other' : 'base';
    const at = gb === -1 ? go : gb;
    const group = groups[at] as Group;
    const sentences = (s: 'base' | 'other') => group[s].map((i) => vectors[s][i] as Vector);
    if (completes(vectors[side][c[side]] as Vector, sentences(side), sentences(opposite), options)) {
      group[side].push(c[side]);
      membership[side][c[side]] = at;
    }
  }
  for (const g of groups) {
    g.base.sort((a, b) => a - b);
    g.other.sort((a, b) => a - b);
  }
  return groups;
}
