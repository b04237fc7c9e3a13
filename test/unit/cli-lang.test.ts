// `storydiff match` in other languages: each library line's language detected from its text (or taken from
// its "lang"), and --lang to force one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import type { MatchResult } from '../../src/core/model';
import { loadSemevalByLanguage } from '../../bench/lang-data';

const dir = mkdtempSync(join(tmpdir(), 'storydiff-lang-'));
const libraryPath = join(dir, 'library.jsonl');
const queryPath = join(dir, 'query.json');

async function storydiff(...argv: string[]): Promise<MatchResult> {
  let out = '';
  const code = await run(argv, { out: (t) => void (out += t), err: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(out) as MatchResult;
}

beforeAll(() => {
  const { texts } = loadSemevalByLanguage();
  const german = [...texts.values()].filter((t) => t.lang === 'de').slice(0, 120);
  const partner = texts.get('sv:1604593351');
  const lines = [...german, partner].map((t) => JSON.stringify({ id: t?.id, text: t?.text }));
  writeFileSync(libraryPath, lines.join('\n') + '\n');
  const query = texts.get('sv:1604904073');
  writeFileSync(queryPath, JSON.stringify({ id: query?.id, text: query?.text }));
});

describe('storydiff match in German', () => {
  it('reads German texts as German without being told, and as English when --lang says so', async () => {
    const detected = await storydiff('match', queryPath, '--library', libraryPath, '--top', '1');
    expect(detected.matches[0]?.id).toBe('sv:1604593351');
    // German stems: "Surfer" and "surfen" meet as "surf"; English rules keep "surfer" apart.
    expect(detected.matches[0]?.shared).toContain('surf');
    const forced = await storydiff(
      'match',
      queryPath,
      '--library',
      libraryPath,
      '--top',
      '1',
      '--lang',
      'en',
    );
    expect(forced.matches[0]?.id).toBe('sv:1604593351');
    expect(forced.matches[0]?.shared).not.toContain('surf');
  });
});
