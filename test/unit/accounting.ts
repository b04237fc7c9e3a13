// "Every sentence accounted for once": the sentence indices of one side that a Comparison mentions,
// aligned, unmatched or set aside, sorted (shared by the compare, ECB+ and fuzz tests).
import type { Comparison } from '../../src/core/model';

/** Indices of `side`'s sentences across aligned pairs, unmatched sentences and set-aside ones, sorted. */
export function accounted(c: Comparison, side: 'base' | 'other'): number[] {
  const unmatched = side === 'base' ? c.onlyInBase : c.onlyInOther;
  return [
    ...c.aligned.flatMap((p) => p[side].indices),
    ...unmatched.map((u) => u.index),
    ...c.setAside[side].map((s) => s.index),
  ].sort((a, b) => a - b);
}
