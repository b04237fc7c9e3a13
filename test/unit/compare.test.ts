// compare() end to end: fact precision and recall against the hand-written gold on all 20 ordered seed pairs,
// properties that must hold for any text, and inputs that are empty, tiny, huge, unrelated or not English.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from '../../src/core/compare';
import { orderedSeedPairs, scorePair, seedText, totals } from '../gold/score';
import { loadEcb } from '../../bench/match-data';
import { accounted } from './accounting';

const seed = (id: string) => articleFromText(seedText(id));
const ecb = loadEcb();
const corpusSentences = ecb.flatMap((a) => a.text.split('\n')).filter((s) => /^[A-Z].{30,200}\.$/.test(s));

describe('facts only in one version, against the gold', () => {
  it('has fact precision >= 0.93 and recall 1 over all 20 ordered seed pairs', () => {
    const scores = orderedSeedPairs().map(([b, o]) => scorePair(b, o, compare(seed(b), seed(o))));
    const t = totals(scores);
    expect(t.missing).toBeGreaterThan(40);
    expect(t.precision).toBeGreaterThanOrEqual(0.93);
    expect(t.recall).toBe(1);
  });

  it('does not report a restatement with commentary as missing (002 says the war dead and Lavrov twice)', () => {
    const s = scorePair('000', '002', compare(seed('000'), seed('002')));
    expect(s.falsePositives).toEqual([]);
    expect(s.lost).toEqual([]);
  });

  it('reading 000 against 003: the Kyiv pause is missing, and nothing 000 says in other words', () => {
    const s = scorePair('000', '003', compare(seed('000'), seed('003')));
    expect(s.lost).toEqual([]);
    expect(s.falsePositives).toEqual([]);
  });

  it('reading 003 against 000: the war dead, folded into a sentence 003 also has, is surfaced as uncovered', () => {
    const c = compare(seed('003'), seed('000'));
    const pair = c.aligned.find((p) => p.other.text.includes('exchanged war dead'));
    expect(pair?.uncovered).toContainEqual({ side: 'other', text: 'the two countries exchanged war dead' });
    expect(scorePair('003', '000', c).inClauses).toEqual(['war-dead']);
    expect(compare(seed('000'), seed('000')).aligned.filter((p) => p.uncovered)).toEqual([]);
  });

  it('never lists a heading, READ MORE link or image path as a fact', () => {
    const c = compare(seed('000'), seed('003'));
    const facts = [...c.onlyInBase, ...c.onlyInOther].map((s) => s.text);
    expect(facts.filter((t) => /READ MORE|\/images\/|Leave a Reply|Trump Says Putin Agreed/.test(t))).toEqual(
      [],
    );
    expect(c.setAside.other.map((s) => s.reason)).toEqual(expect.arrayContaining(['boilerplate', 'heading']));
  });

  it('types "this weekend" against "last weekend" as a date change, not the weekday only 001 gives (000 against 001)', () => {
    const c = compare(seed('000'), seed('001'));
    const pair = c.aligned.find((p) => p.base.text.includes('well-prepared'));
    expect(pair?.changes.filter((x) => x.kind === 'date')).toEqual([]);
    const talks = c.aligned.find((p) => p.base.text.includes('Abu Dhabi this weekend'));
    expect(talks?.changes).toContainEqual({ kind: 'date', base: 'this weekend', other: 'last weekend' });
    const donetsk = compare(seed('000'), seed('003')).aligned.find((p) => p.base.text.includes('Donetsk'));
    expect(donetsk?.changes.filter((x) => x.kind === 'number')).toEqual([]);
  });
});

describe('properties', () => {
  const article = fc
    .uniqueArray(fc.constantFrom(...corpusSentences.slice(0, 400)), { minLength: 1, maxLength: 12 })
    .map((lines) => lines.join('\n'));

  it('comparing a text with itself reports nothing', () => {
    fc.assert(
      fc.property(article, (text) => {
        const c = compare(articleFromText(text), articleFromText(text));
        expect(c.onlyInBase).toEqual([]);
        expect(c.onlyInOther).toEqual([]);
        expect(c.aligned.flatMap((p) => p.changes)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('swapping base and other swaps onlyInBase and onlyInOther', () => {
    fc.assert(
      fc.property(article, article, (a, b) => {
        const ab = compare(articleFromText(a), articleFromText(b));
        const ba = compare(articleFromText(b), articleFromText(a));
        expect(ba.onlyInOther.map((s) => s.index)).toEqual(ab.onlyInBase.map((s) => s.index));
        expect(ba.onlyInBase.map((s) => s.index)).toEqual(ab.onlyInOther.map((s) => s.index));
      }),
      { numRuns: 60 },
    );
  });

  it('accounts for every sentence exactly once: aligned, only in one version, or set aside', () => {
    fc.assert(
      fc.property(article, article, (a, b) => {
        // The verdict is forced: a short text inside a long unrelated one may fairly be judged another story,
        // and then nothing is listed; the accounting must hold whenever the lists are shown.
        const c = compare(articleFromText(`${a}\n${b}`), articleFromText(b), { sameStoryThreshold: 0 });
        expect(c.sameStory).toBe(true);
        expect(accounted(c, 'base')).toEqual([...Array(c.base.sentenceCount).keys()]);
        expect(accounted(c, 'other')).toEqual([...Array(c.other.sentenceCount).keys()]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('bad input', () => {
  it('empty text: nothing to compare, no crash', () => {
    const c = compare({ text: '' }, seed('000'));
    expect(c.sameStory).toBe(false);
    expect(c.similarity).toBe(0);
    expect(c.onlyInOther).toEqual([]);
  });

  it('one sentence against the same sentence reworded', () => {
    const c = compare(
      { text: 'The Kremlin invited Zelensky to Moscow on Thursday.' },
      { text: 'On Thursday the Kremlin invited Zelenskyy to Moscow.' },
    );
    expect(c.sameStory).toBe(true);
    expect(c.aligned).toHaveLength(1);
  });

  it('identical texts report nothing', () => {
    const c = compare(seed('002'), seed('002'));
    expect([c.onlyInBase, c.onlyInOther, c.aligned.flatMap((p) => p.changes)]).toEqual([[], [], []]);
    expect(c.similarity).toBe(1);
  });

  it('unrelated articles: not the same story, lists empty, similarity low', () => {
    const rehab = ecb.find((a) => a.story === '1a')?.text ?? '';
    const c = compare(articleFromText(rehab), seed('000'));
    expect(c.sameStory).toBe(false);
    expect(c.similarity).toBeLessThan(0.1);
    expect([c.onlyInBase, c.onlyInOther, c.aligned]).toEqual([[], [], []]);
  });

  it('finishes on a 100,000-word input', () => {
    const lines: string[] = [];
    for (let words = 0; words < 100_000;) {
      const s = corpusSentences[lines.length % corpusSentences.length] ?? '';
      lines.push(s);
      words += s.split(' ').length;
    }
    const c = compare(articleFromText(lines.join('\n')), seed('000'));
    expect(c.base.sentenceCount).toBeGreaterThan(3000);
  });

  it('compares non-English and right-to-left text', () => {
    const de = compare(
      { text: 'Der Kreml hat Selenskyj nach Moskau eingeladen. Kiew hat am Donnerstag nicht geantwortet.' },
      { text: 'Der Kreml hat Selenskyj nach Moskau eingeladen. Die Kämpfe gehen weiter.' },
    );
    expect(de.onlyInOther.map((s) => s.text)).toEqual(['Die Kämpfe gehen weiter.']);
    const ar = compare(
      { text: 'دعا الكرملين زيلينسكي إلى موسكو. لم ترد كييف بعد.' },
      { text: 'دعا الكرملين زيلينسكي إلى موسكو.' },
    );
    expect(ar.onlyInBase.map((s) => s.text)).toEqual(['لم ترد كييف بعد.']);
  });
});
