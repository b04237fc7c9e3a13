// Pairs are evidence that two sentences say the same thing. A pair whose sides share only a figure that
// measures different things ("three people were rescued" / "three days hiking the ridge") or a word or two
// says two different things: its sentences are set free, so that each is reported as a fact the other
// version lacks instead of vanishing into a pair.
import type { Sentence } from '../text';
import { quantitiesOf } from '../text/quantities';
import type { Group } from './assign';
import { sharedWeight, sharedWordWeight, union, type Vector, type Vectors } from './vectors';

/** Least share of either side's weight that the other side must say for a pair to stand. */
export const MIN_PAIR_COVERAGE = 0.15;

/** What the figures of some sentences measure ("dead", "age", "duration", "buildings"). */
function measures(sentences: Sentence[]): Set<string> {
  return new Set(sentences.flatMap((s) => quantitiesOf(s.tokens, s.text).map((q) => q.key)));
}

/** True when the two sides of a group say enough of the same thing for the pair to stand. */
function saysSame(
  group: Group,
  vectors: Vectors,
  sentences: { base: Sentence[]; other: Sentence[] },
): boolean {
  const a = union(group.base.map((i) => vectors.base[i] as Vector));
  const b = union(group.other.map((i) => vectors.other[i] as Vector));
  if (a.total === 0 || b.total === 0) return true;
  let shared = sharedWeight(a, b);
  if (shared / Math.min(a.total, b.total) < 0.5) {
    // Shared figures count only when both sides' figures measure something in common.
    const ma = measures(group.base.map((i) => sentences.base[i] as Sentence));
    const mb = measures(group.other.map((i) => sentences.other[i] as Sentence));
    if (ma.size > 0 && mb.size > 0 && ![...ma].some((m) => mb.has(m)))
      shared = sharedWordWeight(a, b, vectors.numeric);
  }
  return Math.max(shared / a.total, shared / b.total) >= MIN_PAIR_COVERAGE;
}

/** Removes, in place, the groups whose sides do not say the same thing. */
export function dropUnfounded(
  groups: Group[],
  vectors: Vectors,
  sentences: { base: Sentence[]; other: Sentence[] },
): void {
  let kept = 0;
  for (const g of groups) if (saysSame(g, vectors, sentences)) groups[kept++] = g;
  groups.length = kept;
}
