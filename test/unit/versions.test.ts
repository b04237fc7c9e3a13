// One article against several versions: missing facts merged across outlets, with who carries each.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../src/core/compare';
import { compareWithVersions, type Version } from '../../src/core/versions';
import { SEEDS } from '../paths';

const files = readdirSync(SEEDS).sort();
const seed = (n: number): Version => ({
  id: `seed-${n}`,
  article: articleFromText(readFileSync(join(SEEDS, files[n] as string), 'utf8')),
});
const KYIV = /not to fire into Kyiv|halt attacks on Kyiv/;

describe('compareWithVersions', () => {
  test('reading 000 against all four others, the Kyiv pause is missing and credited to 003 alone', () => {
    const story = compareWithVersions(seed(0), [seed(1), seed(2), seed(3), seed(4)]);
    const kyiv = story.missing.filter((f) => KYIV.test(f.text));
    expect(kyiv.length).toBeGreaterThan(0);
    for (const fact of kyiv) expect(fact.versionIds).toEqual(['seed-3']);
    expect(story.comparisons.size).toBe(4);
  });

  test('a fact two versions report is listed once, with both, ahead of facts only one reports', () => {
    const copy = { ...seed(3), id: 'seed-3-copy' };
    const story = compareWithVersions(seed(0), [seed(3), copy]);
    const kyiv = story.missing.filter((f) => KYIV.test(f.text));
    expect(kyiv.length).toBeGreaterThan(0);
    for (const fact of kyiv) expect(fact.versionIds).toEqual(['seed-3', 'seed-3-copy']);
    expect(story.missing[0]?.versionIds).toHaveLength(2);
  });

  test('each of the article’s own facts lists the versions that also carry it', () => {
    const story = compareWithVersions(seed(3), [seed(0)]);
    expect(story.facts.length).toBeGreaterThan(5);
    for (const fact of story.facts) expect(fact.versionIds[0]).toBe('seed-3');
    const rubio = story.facts.find((f) => /Rubio/.test(f.text));
    expect(rubio?.versionIds).toEqual(['seed-3', 'seed-0']);
    const kyivHere = story.facts.find((f) => KYIV.test(f.text));
    expect(kyivHere?.versionIds).toEqual(['seed-3']);
  });

  test('with no versions there is nothing missing', () => {
    const story = compareWithVersions(seed(0), []);
    expect(story.missing).toEqual([]);
    expect(story.comparisons.size).toBe(0);
  });
});
