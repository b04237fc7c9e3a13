// `storydiff match` as DESIGN.md specifies it: one query or a batch, against a JSON-lines library.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import type { MatchResult } from '../../src/core/model';
import { loadEcb, loadSeeds } from '../../bench/match-data';
import { SHARED } from './../paths';

const dir = mkdtempSync(join(tmpdir(), 'storydiff-match-'));
const libraryPath = join(dir, 'library.jsonl');
const seeds = loadSeeds();
const ecb = loadEcb().filter((e) => ['1a', '1b', '2a'].includes(e.story));

async function storydiff(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  const results = out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as MatchResult);
  return { code, results, err };
}

beforeAll(() => {
  const lines = [...ecb, ...seeds.slice(1)].map(({ id, text }) => JSON.stringify({ id, text }));
  lines.splice(3, 0, '{"id": "torn", "text": "cut off', '["not", "an", "object"]');
  writeFileSync(libraryPath, lines.join('\n') + '\n');
});

describe('storydiff match QUERY --library', () => {
  it('ranks the other versions of the seed story first, all marked same story, and nothing else', async () => {
    const query = join(SHARED, 'seeds', seeds[0]!.id.replace('seed:', ''));
    const { code, results } = await storydiff(
      'match',
      query,
      '--library',
      libraryPath,
      '--top',
      '6',
      '--json',
    );
    expect(code).toBe(0);
    const { matches } = results[0]!;
    expect(
      matches
        .slice(0, 4)
        .map((m) => m.id)
        .sort(),
    ).toEqual(seeds.slice(1).map((s) => s.id));
    expect(matches.filter((m) => m.sameStory)).toHaveLength(4);
    expect(matches[0]!.score).toBeGreaterThanOrEqual(matches[1]!.score);
    // Beside the probability, how alike the texts are taken whole.
    for (const m of matches) expect(m.similarity).toBeGreaterThanOrEqual(0);
    for (const m of matches) expect(m.similarity).toBeLessThanOrEqual(1);
  });

  it('reports broken library lines by number on stderr and uses the good ones', async () => {
    const query = join(dir, 'q.txt');
    writeFileSync(query, ecb[0]!.text);
    const { code, results, err } = await storydiff('match', query, '--library', libraryPath);
    expect(code).toBe(0);
    expect(err).toMatch(/line 4: not valid JSON/);
    expect(err).toMatch(/line 5: not a JSON object/);
    expect(results[0]!.matches.length).toBeGreaterThan(0);
  });

  it('reads a .json query and refuses other kinds of file as a usage error', async () => {
    const json = join(dir, 'q.json');
    writeFileSync(json, JSON.stringify({ id: 'mine', text: ecb[5]!.text }));
    const { results } = await storydiff('match', json, '--library', libraryPath, '--top', '1');
    expect(results[0]!.query).toBe('mine');
    expect(ecb.find((e) => e.id === results[0]!.matches[0]!.id)?.story).toBe(ecb[5]!.story);
    const pdf = join(dir, 'q.pdf');
    writeFileSync(pdf, 'x');
    expect((await storydiff('match', pdf, '--library', libraryPath)).code).toBe(2);
  });
});

describe('storydiff match --queries', () => {
  it('answers every query in order, never with its own id, best first', async () => {
    const { code, results } = await storydiff('match', '--queries', libraryPath, '--library', libraryPath);
    expect(code).toBe(0);
    const ids = readFileSync(libraryPath, 'utf8')
      .split('\n')
      .flatMap((l) => {
        try {
          return [(JSON.parse(l) as { id: string }).id];
        } catch {
          return [];
        }
      })
      .filter((id): id is string => typeof id === 'string');
    expect(results.map((r) => r.query)).toEqual(ids);
    for (const r of results) {
      expect(r.matches.map((m) => m.id)).not.toContain(r.query);
      const scores = r.matches.map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('fails with a usage error for a bad --top and with exit 1 for a missing library', async () => {
    expect(
      (await storydiff('match', '--queries', libraryPath, '--library', libraryPath, '--top', '0')).code,
    ).toBe(2);
    const missing = await storydiff('match', '--queries', libraryPath, '--library', join(dir, 'nope.jsonl'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read library file/);
  });
});
