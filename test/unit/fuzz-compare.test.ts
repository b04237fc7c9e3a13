// Fuzzing compare(): any two texts (controls, bidi, lone surrogates, RTL, CJK, a huge word, thousands of tiny
// sentences) give a well-formed Comparison, every sentence accounted for once, in time that grows with the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from '../../src/core/compare';
import type { Comparison, DiffOp } from '../../src/core/model';
import { SEED, growth, nastyText, sentences, storyPair, storyText } from './fuzz-arbitraries';
import { accounted } from './accounting';

const unit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

const joined = (diff: DiffOp[], skip: DiffOp['op']) =>
  diff
    .filter((d) => d.op !== skip)
    .map((d) => d.text)
    .join('');

/** Everything a Comparison promises, whatever the input. */
function expectWellFormed(c: Comparison): void {
  expect(unit(c.similarity)).toBe(true);
  for (const side of ['base', 'other'] as const) {
    const all = [...Array(c[side].sentenceCount).keys()];
    if (c.sameStory) expect(accounted(c, side)).toEqual(all);
    const setAside = c.setAside[side].map((s) => s.index);
    expect(new Set(setAside).size).toBe(setAside.length);
    expect(setAside.every((i) => i >= 0 && i < c[side].sentenceCount)).toBe(true);
  }
  if (!c.sameStory) expect([c.aligned, c.onlyInBase, c.onlyInOther]).toEqual([[], [], []]);
  for (const pair of c.aligned) {
    expect(unit(pair.score)).toBe(true);
    expect(joined(pair.diff, 'insert')).toBe(pair.base.text);
    expect(joined(pair.diff, 'delete')).toBe(pair.other.text);
  }
  for (const u of [...c.onlyInBase, ...c.onlyInOther])
    if (u.closest) expect(unit(u.closest.score)).toBe(true);
  expect(() => JSON.stringify(c)).not.toThrow();
}

const both = (a: string, b: string) => {
  const c = compare(articleFromText(a), articleFromText(b));
  expectWellFormed(c);
  return c;
};

describe('compare on arbitrary input', () => {
  it('never throws on arbitrary unicode pairs, and the result is well formed', () => {
    fc.assert(
      fc.property(nastyText(), nastyText(), (a, b) => {
        both(a, b);
        expectWellFormed(compare({ text: a }, { text: b }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('accounts for every sentence of two overlapping stories exactly once, with exact word diffs', () => {
    fc.assert(
      fc.property(storyPair, ([a, b]) => {
        both(a, b);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('gives the same verdict and similarity with base and other swapped', () => {
    fc.assert(
      fc.property(storyText, storyText, (a, b) => {
        const ab = both(a, b);
        const ba = both(b, a);
        expect(ba.sameStory).toBe(ab.sameStory);
        expect(ba.similarity).toBeCloseTo(ab.similarity, 6);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('handles the degenerate inputs a page can produce', () => {
    const cjk = '东京电力公司周三表示，核电站的冷却系统已经恢复。'.repeat(3);
    const arabic = 'قالت الحكومة يوم الخميس إن المحطة ستفتح. '.repeat(4);
    const cases = [
      ['', ''],
      [' \n\t\u00A0\u3000 ', '\n\n\n'],
      ['\u0000\u0001\u0007\u001B[31m', '\uFEFF\u200B\u202E\u2066\u2069'],
      ['\uD800\uDC00\uDFFF\uD800.', 'A\uDFFFb. \uD83D.'],
      [cjk, `${cjk}${cjk.slice(0, 10)}`],
      [arabic, `${arabic}وأضافت أن العمل جار.`],
      ['x'.repeat(1_000_000), `${'x'.repeat(1_000_000)} y.`],
      [Array.from({ length: 5000 }, (_, i) => `A${i % 97}.`).join(' '), 'A1. A2.'],
      ['.'.repeat(20_000), '!?'.repeat(10_000)],
    ] as const;
    for (const [a, b] of cases) {
      both(a, b);
      both(b, a);
    }
  });
});

describe('compare stays proportional to its input', () => {
  // Linear work would give 8; alignment is near-linear by design (inverted index, capped postings).
  it('takes less than 40 times as long for 8 times as many sentences', () => {
    const text = (n: number, seed: number) => sentences(n, seed).join(' ');
    const ratio = growth(
      (scale) => {
        const n = scale === 'small' ? 100 : 800;
        return [{ text: text(n, 1) }, { text: text(n, 1).replace(/w1x/g, 'w2x') + text(n / 4, 2) }] as const;
      },
      ([a, b]) => compare(a, b),
    );
    expect(ratio).toBeLessThan(40);
  });

  it('takes less than 40 times as long for one 8 times longer word, or 8 times more repeated words', () => {
    const word = growth(
      (scale) => ({ text: 'q'.repeat(scale === 'small' ? 125_000 : 1_000_000) }),
      (a) => compare(a, { ...a }),
    );
    expect(word).toBeLessThan(40);
    const repeated = growth(
      (scale) => ({ text: 'The storm closed the bridge. '.repeat(scale === 'small' ? 300 : 2400) }),
      (a) => compare(a, { ...a }),
    );
    expect(repeated).toBeLessThan(40);
  });
});
