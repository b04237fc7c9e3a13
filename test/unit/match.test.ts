// Same-story matching on real text: ECB+ dev stories and the five seed versions of the Kremlin story.
import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../src/core/match/index';
import { normalizeUrl } from '../../src/core/match/url';
import { storyWhen } from '../../src/core/match/when';
import { loadSeeds } from '../../bench/match-data';
import { seedCheck } from '../../bench/match-quality';
import { decideWithIndex, decisionQuality, loadMixed } from '../../bench/match-mixed';
import { MODEL } from '../../src/core/match/calibration';

const mixed = loadMixed();
const ecb = mixed.entries.filter((e) => e.story.startsWith('ecb:'));
const seeds = loadSeeds();

// Floors just under what was measured (ECB+ alone: tune P 0.983 R 0.594, held-out P 0.949 R 0.670, MAP
// 0.955 / 0.950; the mixed library: P 0.970 / 0.921, queries shown another story 30/484 and 38/506), so that a
// regression fails. The held-out half's false versions are nearly all one pair of events (two clubs' offers to
// one baseball player in the same week).
describe('same story, not a similar one: ECB+ dev (a and b stories are similar events)', () => {
  const decided = decideWithIndex(ecb);

  it('calls another event a version almost never, on the half the model was fitted on and on the other', () => {
    for (const half of ['tune', 'heldout'] as const) {
      const q = decisionQuality(ecb, decided, half);
      expect(q.precision, half).toBeGreaterThanOrEqual(0.94);
      expect(q.recall, half).toBeGreaterThanOrEqual(0.58);
      expect(q.map, half).toBeGreaterThanOrEqual(0.94);
    }
  });

  it('ranks a true version first for nearly every query', () => {
    expect(decisionQuality(ecb, decided, 'all').p1).toBeGreaterThanOrEqual(0.965);
  });
});

describe('the real mixed library: ECB+ dev with every English semeval-dev text', { timeout: 120_000 }, () => {
  it('shows another story as a version to few readers', () => {
    const decided = decideWithIndex(mixed.entries);
    for (const half of ['tune', 'heldout'] as const) {
      const q = decisionQuality(mixed.entries, decided, half, mixed.ambiguous);
      expect(q.precision, half).toBeGreaterThanOrEqual(0.915);
      expect(q.recall, half).toBeGreaterThanOrEqual(0.65);
      expect(q.queriesWithFalse / q.queries, half).toBeLessThan(0.08);
    }
  });
});

describe('the decision is a probability', () => {
  it('gives scores between 0 and 1 and decides at the calibrated threshold', () => {
    const index = new MatchIndex();
    for (const e of ecb) index.add(e);
    const matches = index.query(ecb[0]!, { top: 30, excludeId: ecb[0]!.id });
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.sameStory).toBe(m.score >= MODEL.sameStory);
    }
    // Most probable first, so versions come before the rest.
    const firstOther = matches.findIndex((m) => !m.sameStory);
    if (firstOther >= 0) expect(matches.slice(firstOther).every((m) => !m.sameStory)).toBe(true);
  });
});

describe('the seed story', () => {
  it('matches all five versions with each other and none of the ECB+ articles', () => {
    const check = seedCheck(ecb, seeds);
    expect(check.seedPairs).toBe(check.expectedSeedPairs);
    expect(check.falseMatches).toBe(0);
  });

  it('explains a match with the names both versions share', () => {
    const index = new MatchIndex();
    for (const s of seeds) index.add(s);
    const [best] = index.query(seeds[0]!, { excludeId: seeds[0]!.id });
    expect(best?.shared).toEqual(expect.arrayContaining(['kremlin']));
  });
});

describe('MatchIndex', () => {
  const story = ecb.filter((e) => e.story === 'ecb:1b');
  const sibling = ecb.filter((e) => e.story === 'ecb:1a');

  it('never returns the query itself when asked to exclude it', () => {
    const index = new MatchIndex();
    for (const e of story) index.add(e);
    const matches = index.query(story[0]!, { top: 50, excludeId: story[0]!.id });
    expect(matches.map((m) => m.id)).not.toContain(story[0]!.id);
    expect(matches.length).toBe(story.length - 1);
  });

  it('forgets a removed article', () => {
    const index = new MatchIndex();
    for (const e of [...story, ...sibling]) index.add(e);
    index.remove(story[1]!.id);
    expect(index.query(story[0]!, { top: 100 }).map((m) => m.id)).not.toContain(story[1]!.id);
    expect(index.size).toBe(story.length + sibling.length - 1);
  });

  it('gives the same answers after a JSON round trip', () => {
    const index = new MatchIndex();
    for (const e of [...story, ...sibling]) index.add(e);
    const restored = MatchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const before = index.query(sibling[0]!, { top: 5 });
    const after = restored.query(sibling[0]!, { top: 5 });
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect(after.map((m) => m.score)).toEqual(before.map((m) => expect.closeTo(m.score, 3)));
  });

  it('refuses a serialised index of another format', () => {
    expect(() => MatchIndex.fromJSON({ format: 'other', version: 2 } as never)).toThrow(/rebuild/);
    // Version 2 had no facts (years, weekdays, figures) per article.
    for (const version of [1, 2])
      expect(() => MatchIndex.fromJSON({ format: 'storydiff-match-index', version } as never)).toThrow(
        /rebuild/,
      );
  });

  it('calls the same address captured again a version of the same story, whatever the text', () => {
    const index = new MatchIndex();
    index.add({ id: 'old', text: story[0]!.text, url: 'https://www.example.com/news/lohan/?utm_source=x' });
    const [match] = index.query({
      id: 'new',
      text: sibling[0]!.text,
      url: 'http://example.com/news/lohan#top',
    });
    expect(match).toMatchObject({ id: 'old', sameUrl: true, sameStory: true });
  });

  it('returns nothing for an article without text', () => {
    const index = new MatchIndex();
    for (const e of story) index.add(e);
    expect(index.query({ id: 'empty', text: '' })).toEqual([]);
  });

  it('lowers the score of a same-story candidate published months apart, and more years apart', () => {
    const index = new MatchIndex();
    for (const e of sibling) index.add(e);
    index.add({ ...story[1]!, published: '2013-05-04T10:00:00Z' });
    const score = (published: string) =>
      index.query({ ...story[0]!, published }, { top: 50 }).find((m) => m.id === story[1]!.id)!.score;
    const near = score('2013-05-03T10:00:00Z');
    const months = score('2013-09-03T10:00:00Z');
    const years = score('2016-05-03T10:00:00Z');
    expect(months).toBeLessThan(near);
    expect(years).toBeLessThan(months);
  });

  it('reads when a story happened from its dateline when the article has no publication date', () => {
    expect(
      storyWhen('Lindsay Lohan checks into Betty Ford Center\nMay 03, 2013\nAfter skipping…', null).day,
    ).toBe(Math.floor(Date.UTC(2013, 4, 3) / 86_400_000));
    expect(storyWhen('Parliamentary elections\n26 September 2013, 10: 00 (GMT+05: 00)\nText', null).day).toBe(
      Math.floor(Date.UTC(2013, 8, 26) / 86_400_000),
    );
    expect(
      storyWhen('http: / / articles. latimes. com / 2013 / may / 03 / local / lohan\nText', null).day,
    ).toBe(Math.floor(Date.UTC(2013, 4, 3) / 86_400_000));
    // A year named further down is background, not the story's date.
    expect(
      storyWhen(
        'She starred in a film.\nIn the late 90s she was famous.\n'.repeat(4) + 'Back in 1999 she won.',
        null,
      ),
    ).toEqual({ day: null });
  });
});

describe('normalizeUrl', () => {
  it('strips tracking parameters, fragments, www and trailing slashes but keeps real parameters', () => {
    expect(normalizeUrl('https://www.Example.com/a/b/?utm_medium=s&id=7&fbclid=abc#comments')).toBe(
      'example.com/a/b?id=7',
    );
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl('mailto:someone@example.com')).toBeNull();
  });
});

describe('one page over time', () => {
  it('recognises the same address however it was shared (one list of tracking parameters)', () => {
    const plain = normalizeUrl('https://www.example-news.com/world/story-123');
    for (const shared of [
      'http://example-news.com/world/story-123/',
      'https://www.example-news.com/world/story-123?utm_source=x&fbclid=y#comments',
      'https://www.example-news.com/world/story-123?ref=home&smid=tw-share',
    ]) {
      expect(normalizeUrl(shared)).toBe(plain);
    }
    expect(normalizeUrl('https://example-news.com/world/story-123?page=2')).not.toBe(plain);
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
  });
});
