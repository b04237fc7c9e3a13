// The StoryReport on real text: the summary, discrepancies first, missing facts ranked by what they carry,
// near-duplicates and fragments folded away, and the words an updated page is described in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../src/core/compare';
import { discrepancyText, headings, summaryParts, versionLine } from '../../src/core/export';
import type { StoryVersion } from '../../src/core/model';
import { carriesOf, isFragment, overlap, contentWordsOf, storyReport } from '../../src/core/story';
import { compareWithVersions, type Version } from '../../src/core/versions';
import { seedText } from '../gold/score';
import { SHARED } from '../paths';

const KYIV = /not to fire into Kyiv|halt attacks on Kyiv/;
const seed = (id: string, text = seedText(id)): Version => ({ id, article: articleFromText(text) });
const summaryOf = (id: string, extra: Partial<StoryVersion> = {}): StoryVersion => ({
  id,
  title: `Title ${id}`,
  outlet: `Outlet ${id}`,
  url: `https://example.com/${id}`,
  publishedTime: '2026-01-29T10:00:00Z',
  capturedAt: '2026-01-29T12:00:00Z',
  score: 0.9,
  sameUrl: false,
  ...extra,
});
const base = (id: string) => {
  const { score: _score, sameUrl: _sameUrl, ...rest } = summaryOf(id);
  return rest;
};

function reportFor(baseId: string, others: Version[], summaries = others.map((o) => summaryOf(o.id))) {
  return storyReport(base(baseId), summaries, compareWithVersions(seed(baseId), others));
}

describe('reading seed 000 with the four other outlets', () => {
  const report = reportFor(
    '000',
    ['001', '002', '003', '004'].map((id) => seed(id)),
  );

  test('the Kyiv pause leads the missing facts, credited to 003 alone, ahead of commentary', () => {
    expect(report.missing[0]?.text).toMatch(KYIV);
    expect(report.missing[0]?.versionIds).toEqual(['003']);
    const commentary = report.missing.findIndex((f) =>
      /underscores the ongoing communication gap/.test(f.text),
    );
    expect(commentary).toBeGreaterThan(report.missing.findLastIndex((f) => KYIV.test(f.text)));
    expect(report.missing[0]?.carries.names).toEqual(expect.arrayContaining(['Kyiv']));
  });

  test('facts are ranked by weight, and the summary counts what the lists hold', () => {
    const weights = report.missing.map((f) => f.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(report.summary).toEqual({
      versions: 4,
      discrepancies: report.discrepancies.length,
      missing: report.missing.length,
      onlyHere: report.onlyHere.length,
    });
    expect(summaryParts(report)[0]).toBe('4 other versions');
  });

  test('a detail every other outlet gives differently is one discrepancy naming all four', () => {
    const weekend = report.discrepancies.filter(
      (d) => d.change.kind === 'date' && /this weekend/i.test(d.here.value),
    );
    expect(weekend).toHaveLength(1);
    expect(weekend[0]?.elsewhere.flatMap((e) => e.versionIds).sort()).toEqual(['001', '002', '003', '004']);
    expect(report.discrepancies.every((d) => d.change.kind !== 'wording')).toBe(true);
    // Values that contradict first, each group figures, dates, names, quotes; a figure only one side gives
    // (a difference of precision) after them.
    const oneSided = (d: (typeof report.discrepancies)[number]) =>
      d.here.value === '' || d.elsewhere.every((e) => e.value === '');
    const order = report.discrepancies.map(
      (d) => (oneSided(d) ? 10 : 0) + ['number', 'date', 'name', 'quote'].indexOf(d.change.kind),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(report.discrepancies[0] && oneSided(report.discrepancies[0])).toBe(false);
  });

  test('Kadyrov’s quote, worded two ways by two outlets, is one discrepancy with both wordings', () => {
    const kadyrov = report.discrepancies.find(
      (d) => d.change.kind === 'quote' && d.change.speaker === 'Kadyrov',
    );
    expect(kadyrov?.elsewhere.length).toBe(2);
  });
});

describe('folding', () => {
  test('a fact two outlets report is listed once, with both, and outranks what one reports', () => {
    const report = reportFor('000', [seed('003'), seed('003-copy', seedText('003'))]);
    const kyiv = report.missing.filter((f) => KYIV.test(f.text));
    expect(kyiv.length).toBeGreaterThan(0);
    for (const fact of kyiv) expect(fact.versionIds).toEqual(['003', '003-copy']);
  });

  test('two wordings of one fact become one fact that keeps the other wording', () => {
    const kyiv = seedText('003')
      .split('\n')
      .find((line) => /halt attacks on Kyiv/.test(line)) as string;
    const reworded = kyiv.replace('has agreed to halt attacks on', 'agreed to stop attacking');
    const report = reportFor('000', [
      seed('a', `${seedText('000')}\n${kyiv}`),
      seed('b', `${seedText('000')}\n${reworded}`),
    ]);
    const facts = report.missing.filter((f) => /Kyiv/.test(f.text));
    expect(facts).toHaveLength(1);
    expect(facts[0]?.versionIds).toEqual(['a', 'b']);
    expect(facts[0]?.folded.map((w) => w.text)).toEqual([reworded]);
  });

  test('spellings of one word meet: British and American spellings overlap fully', () => {
    const uk = 'Residents say they were terrorised for months by the neighbouring militia.';
    const us = 'Residents say they were terrorized for months by the neighboring militia.';
    expect(overlap(contentWordsOf(uk), contentWordsOf(us))).toBe(1);
    // Four-letter names one letter apart are different places.
    expect(
      overlap(contentWordsOf('Troops entered Iran.'), contentWordsOf('Troops entered Iraq.')),
    ).toBeLessThan(1);
  });

  test('fragments of real articles are set aside from the missing facts, figures are not', () => {
    const lines = readFileSync(join(SHARED, 'corpora', 'ecbplus-dev', 'articles.jsonl'), 'utf8')
      .trim()
      .split('\n');
    const story = lines
      .map((l) => JSON.parse(l) as { id: string; story: string; text: string })
      .filter((a) => a.story === '13a');
    const versions = story.slice(0, 6).map((a) => seed(a.id, a.text.split('\n').join(' ')));
    const [first, ...rest] = versions as [Version, ...Version[]];
    const compared = compareWithVersions(first, rest);
    const report = storyReport(
      base(first.id),
      rest.map((v) => summaryOf(v.id)),
      compared,
    );
    // The writer's own question is kept out of the facts: folded as a fragment here, or set aside by the
    // comparison itself as opinion.
    const setAside = [...compared.comparisons.values()].flatMap((c) => c.setAside.other.map((s) => s.text));
    const kept = [...report.fragments.map((f) => f.text), ...setAside];
    expect(kept.some((t) => /Where was the outrage/.test(t))).toBe(true);
    expect(report.missing.some((f) => /Where was the outrage/.test(f.text))).toBe(false);
    expect(report.missing.length).toBeGreaterThan(10);
    expect(isFragment('Why?')).toBe(true);
    expect(isFragment('[Engadget]')).toBe(true);
    expect(isFragment('Three people died.')).toBe(false);
    // A fact with a figure outranks opinion with neither figure, name nor date.
    const figure = report.missing.findIndex((f) => /1,000 people/.test(f.text));
    const opinion = report.missing.findIndex((f) => /Both have been brutally criticized/.test(f.text));
    expect(figure).toBeGreaterThanOrEqual(0);
    expect(figure).toBeLessThan(opinion);
  });

  test('what a sentence carries is read from its words', () => {
    const carries = carriesOf(
      'The metal church building, which normally accommodates Sunday congregations of up to 1,000 people, was damaged in Wasilla.',
    );
    expect(carries.numbers).toEqual(['1,000']);
    expect(carries.dates).toEqual(['Sunday']);
    expect(carries.names).toEqual(['Wasilla']);
  });
});

describe('an updated page', () => {
  const earlier = summaryOf('000-earlier', { sameUrl: true, score: 1, capturedAt: '2026-01-29T08:30:00Z' });
  const edited = seedText('000').replace('20%', '25%');
  const report = storyReport(
    base('000'),
    [earlier],
    compareWithVersions(seed('000', edited), [seed('000-earlier', seedText('000'))]),
  );

  test('is described by what changed since the earlier capture, never as a 100% match', () => {
    expect(versionLine(earlier)).toMatch(/^Earlier version \(captured .+\)$/);
    expect(versionLine(earlier)).not.toMatch(/%/);
    expect(headings(report).discrepancies).toMatch(/^Changed since /);
    expect(report.missing).toEqual([]);
    const summary = summaryParts(report).join(' ');
    expect(summary).toMatch(/^Changed since .+: 1 detail changed/);
    expect(summary).toContain('0 facts removed');
    const [changed] = report.discrepancies;
    expect(changed && discrepancyText(report, changed)).toMatch(
      /^Percent: roughly 20% → roughly 25% \(changed since .+\)$/,
    );
  });
});
