// The ECB+ gold scorer counts what a comparison reports against a small hand-made gold on two real articles of
// one story (a Texas inmate's escape, as told by two outlets): true and false positives, facts lost, partial facts
// left out, discrepancies surfaced as missing or as a typed change; and the two baselines behave as plain diffs.
import { describe, expect, it } from 'vitest';
import type { AlignedPair, Comparison } from '../../src/core/model';
import {
  articleText,
  orderedPairs,
  scoreComparison,
  sentenceDiff,
  totals,
  wordOverlap,
  type EcbGold,
} from '../gold/ecbplus-gold';

const BASE = '3_1ecbplus';
const OTHER = '3_2ecbplus';

const gold: EcbGold = {
  about: 'test',
  split: 'tune',
  stories: [{ story: '3b', event: 'escape', articles: [BASE, OTHER] }],
  facts: [
    {
      id: 'age',
      story: '3b',
      fact: 'He is 49',
      in: { [BASE]: ['Comeaux, 49,'], [OTHER]: ['Comeaux Jr., 49,'] },
    },
    {
      id: 'route',
      story: '3b',
      fact: 'Estelle to Stiles',
      in: { [OTHER]: ['en route from the Estelle Unit'] },
    },
    { id: 'height', story: '3b', fact: '6 ft, 200 lb', in: { [OTHER]: ['6 - feet tall'] } },
    { id: '1979', story: '3b', fact: 'first jailed 1979', in: { [OTHER]: ['imprisoned on February 1979'] } },
    {
      id: 'pinned',
      story: '3b',
      fact: 'pinned her with the wheelchair',
      in: { [OTHER]: ['using his wheelchair to pin her'] },
      partial: [OTHER],
    },
    {
      id: 'life-1998',
      story: '3b',
      fact: 'life term from June 1998',
      in: { [BASE]: ['in June 1998 of aggravated'] },
    },
    {
      id: 'life-1999',
      story: '3b',
      fact: 'life term from June 1999',
      in: { [OTHER]: ['in June 1999 to serve'] },
    },
    {
      id: 'lockdown',
      story: '3b',
      fact: 'lockdown at Lee College',
      in: { [BASE]: ['lockdown at Lee College'] },
    },
  ],
  discrepancies: [
    { id: 'life-date', story: '3b', what: 'when', kind: 'date', facts: ['life-1998', 'life-1999'] },
  ],
  setAside: { [OTHER]: [{ snippet: 'http: / / abcnews', reason: 'boilerplate' }] },
};

const line = (id: string, n: number) => articleText(id).split('\n')[n] as string;

function comparison(parts: Partial<Comparison>): Comparison {
  const info = { title: '', siteName: null, url: null, publishedTime: null, sentenceCount: 0 };
  return {
    similarity: 0.5,
    sameStory: true,
    base: info,
    other: info,
    onlyInBase: [],
    onlyInOther: [],
    aligned: [],
    setAside: { base: [], other: [] },
    ...parts,
  };
}

function pair(base: string, other: string, kind: 'wording' | 'date'): AlignedPair {
  return {
    base: { text: base, indices: [0] },
    other: { text: other, indices: [0] },
    score: 0.6,
    changes: [{ kind, base: '1998', other: '1999' }],
    diff: [],
  };
}

describe('scoreComparison on a hand-made gold', () => {
  const reported = comparison({
    onlyInOther: [
      { text: line(OTHER, 4), index: 4 }, // age (base has it) and route (missing): a true positive
      { text: line(OTHER, 7), index: 7 }, // 1979: a true positive
      { text: line(OTHER, 9), index: 9 }, // the other date of a discrepancy: surfaced, not a missing fact
      { text: line(OTHER, 10), index: 10 }, // only a partial fact: neither
      { text: line(OTHER, 0), index: 0 }, // a URL line: a false positive
    ],
    aligned: [
      {
        ...pair(line(BASE, 6), line(OTHER, 6), 'wording'),
        uncovered: [
          { side: 'other', text: 'en route from the Estelle Unit in Huntsville, Texas' }, // route again: neither
          { side: 'other', text: 'Lyons warned' }, // no fact: a false positive
          { side: 'base', text: 'located northwest of Houston' }, // base side: not a report of OTHER's facts
        ],
      },
    ],
  });

  it('counts true positives once per fact, false positives, and facts lost', () => {
    const score = scoreComparison(gold, BASE, OTHER, reported);
    expect(score.missing).toEqual(['route', 'height', '1979']);
    expect(score.truePositives).toBe(2);
    expect(score.falsePositives).toEqual([line(OTHER, 0), 'Lyons warned']);
    expect(score.lost).toEqual(['height']);
    expect(score.discrepancies).toEqual([{ id: 'life-date', surfaced: true }]);
    const t = totals([score]);
    expect([t.precision, t.recall, t.reported, t.surfacedRate]).toEqual([0.5, 2 / 3, 4, 1]);
  });

  it('a discrepancy counts as surfaced in a pair only when the pair has a typed change', () => {
    const inPair = (kind: 'wording' | 'date') =>
      scoreComparison(
        gold,
        BASE,
        OTHER,
        comparison({ aligned: [pair(line(BASE, 6), line(OTHER, 9), kind)] }),
      );
    expect(inPair('wording').discrepancies).toEqual([{ id: 'life-date', surfaced: false }]);
    expect(inPair('date').discrepancies).toEqual([{ id: 'life-date', surfaced: true }]);
    expect(inPair('date').missing).not.toContain('life-1999');
  });

  it('scores the other direction with the other facts, and finds every ordered pair', () => {
    const score = scoreComparison(
      gold,
      OTHER,
      BASE,
      comparison({ onlyInOther: [{ text: line(BASE, 10), index: 10 }] }),
    );
    expect(score.missing).toEqual(['lockdown']);
    expect([score.truePositives, score.lost]).toEqual([1, []]);
    expect(orderedPairs(gold)).toEqual([
      [BASE, OTHER],
      [OTHER, BASE],
    ]);
  });
});

describe('baselines', () => {
  it('a plain sentence diff reports nothing for a copy, and ignores case and punctuation', () => {
    const text = articleText('7_9ecbplus');
    expect(sentenceDiff(text, text).onlyInOther).toEqual([]);
    const changed = `${text}\nIn 2008 Klitschko STOPPED Thompson in the 11th round`;
    expect(sentenceDiff(text, changed).onlyInOther).toEqual([]);
    const reworded = `${text}\nKlitschko had knocked Thompson out in the 11th round in 2008.`;
    expect(sentenceDiff(text, reworded).onlyInOther.map((s) => s.text)).toEqual([
      'Klitschko had knocked Thompson out in the 11th round in 2008.',
    ]);
  });

  it('word overlap reports a sentence only when its content words are mostly new', () => {
    const text = articleText('7_9ecbplus');
    const close = `${text}\nBack in 2008, Klitschko stopped Thompson in round 11.`;
    expect(wordOverlap(text, close).onlyInOther).toEqual([]);
    const added = `${text}\nAfter the fight, Klitschko led the crowd of 22,000 in singing Happy Birthday.`;
    expect(wordOverlap(text, added).onlyInOther.map((s) => s.text)).toEqual([
      'After the fight, Klitschko led the crowd of 22,000 in singing Happy Birthday.',
    ]);
  });
});
