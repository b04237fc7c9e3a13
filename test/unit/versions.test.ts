// One article against several versions: the comparison with each, and who carries each of its facts.
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
  test('reading 000 against all four others, each is compared', () => {
    const story = compareWithVersions(seed(0), [seed(1), seed(2), seed(3), seed(4)]);
    expect([...story.comparisons.keys()]).toEqual(['seed-1', 'seed-2', 'seed-3', 'seed-4']);
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
    expect(story.facts.every((f) => f.versionIds.length === 1)).toBe(true);
    expect(story.comparisons.size).toBe(0);
  });
});
