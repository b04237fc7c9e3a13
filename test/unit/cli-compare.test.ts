// `storydiff compare` through run(): the documented output, batch mode, and one-line failures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { GOLD } from '../gold/score';
import { SEEDS } from '../paths';

const seedPath = (id: string) => resolve(SEEDS, GOLD.seeds[id] ?? '');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['compare', ...argv], { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('storydiff compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-compare-'));

  it('prints a Comparison as JSON with the documented fields', async () => {
    const { code, out } = await cli(seedPath('000'), seedPath('003'), '--json');
    expect(code).toBe(0);
    const c = JSON.parse(out) as { sameStory: boolean; onlyInOther: { text: string; index: number }[] };
    expect(c.sameStory).toBe(true);
    expect(c.onlyInOther.some((s) => s.text.includes('Putin has agreed to halt attacks on Kyiv'))).toBe(true);
  });

  it('prints Markdown and HTML reports', async () => {
    expect((await cli(seedPath('000'), seedPath('003'), '--markdown')).out).toContain(
      '## Facts you are missing',
    );
    expect((await cli(seedPath('000'), seedPath('003'), '--html')).out).toMatch(/^<!doctype html>/);
  });

  it('--pairs prints one JSON line per pair with its id', async () => {
    const pairs = join(dir, 'pairs.jsonl');
    writeFileSync(
      pairs,
      [
        ['a', '000', '003'],
        ['b', '003', '000'],
      ]
        .map(([id, b, o]) => JSON.stringify({ id, base: seedPath(b ?? ''), other: seedPath(o ?? '') }))
        .join('\n') + '\n',
    );
    const { code, out } = await cli('--pairs', pairs, '--json');
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; onlyInBase: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[1]?.onlyInBase.length).toBeGreaterThan(0);
  });

  it('exits 1 with a one-line reason for a missing, empty or binary file', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const binary = join(dir, 'data.bin');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255]));
    for (const [file, reason] of [
      [join(dir, 'nope.txt'), 'no such file'],
      [empty, 'is empty'],
      [binary, 'binary'],
    ] as const) {
      const { code, err } = await cli(file, seedPath('000'));
      expect(code).toBe(1);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(reason);
    }
  });

  it('is a usage error to give one file or two formats', async () => {
    expect((await cli(seedPath('000'))).code).toBe(2);
    expect((await cli(seedPath('000'), seedPath('001'), '--json', '--html')).code).toBe(2);
  });
});
