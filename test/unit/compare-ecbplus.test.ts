// compare() on ecbplus-dev: articles of one story from different outlets, so that the engine is checked on
// stories other than the seeds it was tuned on: sane verdicts, alignments and accounting on every story.
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from '../../src/core/compare';
import { loadEcb, type LabelledEntry } from '../../bench/match-data';
import { accounted } from './accounting';

type EcbArticle = LabelledEntry;

const ecb: EcbArticle[] = loadEcb();

/** The first two articles of every story: one same-story pair per story. */
const pairs: [EcbArticle, EcbArticle][] = [...new Set(ecb.map((a) => a.story))].flatMap((story) => {
  const [a, b] = ecb.filter((x) => x.story === story);
  return a && b ? [[a, b] as [EcbArticle, EcbArticle]] : [];
});

describe('compare on same-story pairs of ecbplus-dev', () => {
  const results = pairs.map(([a, b]) => compare(articleFromText(a.text), articleFromText(b.text)));

  it('has one pair per story to check', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(30);
  });

  it('calls most of them the same story, and then aligns sentences', () => {
    const same = results.filter((c) => c.sameStory);
    expect(same.length / results.length).toBeGreaterThanOrEqual(0.6);
    expect(same.every((c) => c.aligned.length > 0)).toBe(true);
  });

  it('still reports facts only one outlet has: the second chance does not swallow every leftover', () => {
    const same = results.filter((c) => c.sameStory);
    const withFacts = same.filter((c) => c.onlyInBase.length + c.onlyInOther.length > 0);
    expect(withFacts.length / same.length).toBeGreaterThanOrEqual(0.8);
  });

  it('accounts for every sentence of both versions exactly once', () => {
    for (const [a, b] of pairs) {
      const c = compare(articleFromText(a.text), articleFromText(b.text), { sameStoryThreshold: 0 });
      expect(accounted(c, 'base'), a.id).toEqual([...Array(c.base.sentenceCount).keys()]);
      expect(accounted(c, 'other'), b.id).toEqual([...Array(c.other.sentenceCount).keys()]);
    }
  });

  it('reports nothing when an article is compared with itself', () => {
    for (const [a] of pairs) {
      const c = compare(articleFromText(a.text), articleFromText(a.text));
      expect([
        c.onlyInBase,
        c.onlyInOther,
        c.aligned.flatMap((p) => [...p.changes, ...(p.uncovered ?? [])]),
      ]).toEqual([[], [], []]);
    }
  });

  it('keeps changed wording rare: everyday rewordings are not listed as changed details', () => {
    const pairsShown = results.flatMap((c) => c.aligned);
    const wording = pairsShown.flatMap((p) => p.changes).filter((x) => x.kind === 'wording');
    expect(wording.length).toBeLessThanOrEqual(pairsShown.length * 0.1);
  });
});
