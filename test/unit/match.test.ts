// Same-story matching on real text: ECB+ dev stories and the five seed versions of the Kremlin story.
import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../src/core/match/index';
import { normalizeUrl } from '../../src/core/match/url';
import { loadEcb, loadSeeds } from '../../bench/match-data';
import { measure, runIndex, seedCheck } from '../../bench/match-quality';
import { SAME_STORY_THRESHOLD } from '../../src/core/match/calibration';

const ecb = loadEcb();
const seeds = loadSeeds();

describe('quality on ECB+ dev (floors measured: P@1 0.981, MAP 0.953, pair F1 0.85)', () => {
  const quality = measure(ecb, runIndex(ecb), SAME_STORY_THRESHOLD);

  it('puts an article of the same story first for nearly every query', () => {
    expect(quality.p1).toBeGreaterThanOrEqual(0.97);
    expect(quality.map).toBeGreaterThanOrEqual(0.94);
  });

  it('decides same story with precision and recall above 0.8 at the calibrated threshold', () => {
    expect(quality.chosen.precision).toBeGreaterThanOrEqual(0.8);
    expect(quality.chosen.recall).toBeGreaterThanOrEqual(0.82);
  });

  it('keeps the calibrated threshold near the F1-best one for this data', () => {
    expect(Math.abs(quality.best.threshold - SAME_STORY_THRESHOLD)).toBeLessThan(0.03);
  });

  it('rarely confuses different events of the same kind, and almost never unrelated ones', () => {
    expect(quality.siblingFalse).toBeLessThan(450);
    expect(quality.otherFalse).toBeLessThan(25);
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
  const story = ecb.filter((e) => e.story === '1b');
  const sibling = ecb.filter((e) => e.story === '1a');

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

  it('lowers the score of a same-story candidate published months apart', () => {
    const index = new MatchIndex();
    index.add({ ...story[1]!, published: '2013-05-04T10:00:00Z' });
    const near = index.query({ ...story[0]!, published: '2013-05-03T10:00:00Z' })[0]!;
    const far = index.query({ ...story[0]!, published: '2013-09-03T10:00:00Z' })[0]!;
    expect(far.score).toBeLessThan(near.score);
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
