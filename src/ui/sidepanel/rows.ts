// Arranges a Comparison into side-by-side rows: aligned pairs across, sentences only in one version on
// their own side, in reading order of the article being read, with the other's extras placed after the
// row that precedes them in the other version.
import type { AlignedPair, Comparison, UnmatchedSentence } from '../../core/model';
import { differs } from '../differs';

/** One row of the side-by-side view. */
export type Row =
  | { kind: 'pair'; pair: AlignedPair }
  | { kind: 'only-base'; sentence: UnmatchedSentence }
  | { kind: 'only-other'; sentence: UnmatchedSentence };

/** Rows in reading order; `differencesOnly` drops pairs that do not differ (see `differs`). */
export function sideBySideRows(comparison: Comparison, differencesOnly: boolean): Row[] {
  const rows: { row: Row; baseAt: number; otherAt: number }[] = [];
  for (const pair of comparison.aligned) {
    rows.push({
      row: { kind: 'pair', pair },
      baseAt: Math.min(...pair.base.indices),
      otherAt: Math.min(...pair.other.indices),
    });
  }
  for (const sentence of comparison.onlyInBase) {
    rows.push({ row: { kind: 'only-base', sentence }, baseAt: sentence.index, otherAt: -1 });
  }
  rows.sort((a, b) => a.baseAt - b.baseAt);

  // Each sentence only in the other version goes after the last row whose other-side index precedes it.
  const placed: Row[] = [];
  const extras = [...comparison.onlyInOther].sort((a, b) => a.index - b.index);
  let next = 0;
  let lastOther = -1;
  for (const { row, otherAt } of rows) {
    if (otherAt >= 0) {
      while (next < extras.length && (extras[next]?.index ?? Infinity) < otherAt && otherAt > lastOther) {
        placed.push({ kind: 'only-other', sentence: extras[next++] as UnmatchedSentence });
      }
      lastOther = Math.max(lastOther, otherAt);
    }
    placed.push(row);
  }
  while (next < extras.length)
    placed.push({ kind: 'only-other', sentence: extras[next++] as UnmatchedSentence });

  return differencesOnly ? placed.filter((r) => r.kind !== 'pair' || differs(r.pair)) : placed;
}
