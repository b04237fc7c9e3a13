// Side-by-side rows keep every compared sentence once, in reading order.
import { describe, expect, test } from 'vitest';
import type { AlignedPair, Comparison } from '../../core/model';
import { sideBySideRows } from './rows';

function pair(base: number, other: number, changed = false): AlignedPair {
  return {
    base: { text: `base ${base}`, indices: [base] },
    other: { text: `other ${other}`, indices: [other] },
    score: 0.9,
    changes: changed ? [{ kind: 'number', base: '3', other: '4' }] : [],
    diff: [],
  };
}

const info = { title: '', siteName: null, url: null, publishedTime: null, sentenceCount: 0 };
const comparison: Comparison = {
  similarity: 0.8,
  sameStory: true,
  base: info,
  other: info,
  aligned: [pair(0, 0), pair(1, 2, true), pair(3, 3)],
  onlyInBase: [{ text: 'only base 2', index: 2 }],
  onlyInOther: [
    { text: 'only other 1', index: 1 },
    { text: 'only other 4', index: 4 },
  ],
  setAside: { base: [], other: [] },
};

describe('sideBySideRows', () => {
  test('places sentences only in the other version where that version has them', () => {
    const labels = sideBySideRows(comparison, false).map((row) =>
      row.kind === 'pair' ? `pair ${row.pair.base.indices[0]}` : `${row.kind} ${row.sentence.index}`,
    );
    expect(labels).toEqual(['pair 0', 'only-other 1', 'pair 1', 'only-base 2', 'pair 3', 'only-other 4']);
  });

  test('differences only keeps unmatched sentences and changed pairs', () => {
    const rows = sideBySideRows(comparison, true);
    expect(rows.filter((r) => r.kind === 'pair')).toHaveLength(1);
    expect(rows.filter((r) => r.kind !== 'pair')).toHaveLength(3);
  });
});
