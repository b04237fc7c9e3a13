// The compare page shows the matcher's own figure for the pair the reader chose, the figure the version
// picker gives the same article: one similarity figure everywhere (the page once showed the engine's text
// similarity, 67%, where the picker said 26%).
import { describe, expect, it } from 'vitest';
import { loadEcb, loadSeeds } from '../../../bench/match-data';
import { MatchIndex } from '../../core/match';
import type { ArticleRecord } from '../../store/schema';
import { entryOf } from '../services';
import { matchBetween } from './library';

const record = (id: string, text: string): ArticleRecord => ({
  id,
  url: null,
  canonicalUrl: null,
  title: text.split('\n')[0] ?? '',
  siteName: null,
  byline: null,
  publishedTime: null,
  modifiedTime: null,
  lang: 'en',
  capturedAt: '2026-01-30T08:00:00Z',
  firstCapturedAt: '2026-01-30T08:00:00Z',
  text,
  paragraphs: [],
  partial: false,
  contentHash: id,
});

describe('matchBetween', () => {
  const records = [...loadSeeds(), ...loadEcb()].map((e) => record(e.id, e.text));
  const index = new MatchIndex();
  for (const r of records) index.add(entryOf(r));
  const byId = new Map(records.map((r) => [r.id, r]));
  const seeds = records.filter((r) => r.id.startsWith('seed:'));
  const base = seeds[0] as ArticleRecord;

  it('gives another outlet’s version the score and verdict the version picker lists it with', () => {
    const picker = index.query(entryOf(base), { excludeId: base.id });
    for (const other of seeds.slice(1)) {
      const listed = picker.find((m) => m.id === other.id);
      expect(listed?.sameStory).toBe(true);
      expect(matchBetween(index, base, other)).toEqual({ score: listed?.score, sameStory: true });
    }
  });

  it('says an article of another story is not the same story, whatever words they share', () => {
    const quake = byId.get(loadEcb()[0]?.id as string) as ArticleRecord;
    const verdict = matchBetween(index, base, quake);
    expect(verdict.sameStory).toBe(false);
    expect(verdict.score).toBeLessThan(0.2);
  });

  it('calls two texts of one page the same page', () => {
    expect(matchBetween(index, base, base)).toEqual({ score: 1, sameStory: true, sameUrl: true });
  });
});
