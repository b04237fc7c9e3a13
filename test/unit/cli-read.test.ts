// The command line's one file reader, as users meet it through every command: devices, directories, huge
// and binary files refused at once with the file's name; a page read the same way by extract, compare and
// match (frames included); and the small failures found in review (object ids, all-broken libraries).
import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { loadSeeds } from '../../bench/match-data';
import { PAGES } from '../paths';

const dir = mkdtempSync(join(tmpdir(), 'storydiff-read-'));
const page = (name: string) => join(PAGES, name, 'source.html');

async function storydiff(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** A sparse file of `bytes` (no disk used): what a huge download looks like to the reader. */
function hugeFile(name: string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

describe('every command reads files through one reader', () => {
  it('refuses /dev/zero at once instead of reading without end', async () => {
    const start = performance.now();
    for (const argv of [
      ['extract', '/dev/zero'],
      ['compare', '/dev/zero', page('seed-000')],
      ['match', '/dev/zero', '--library', '/dev/zero'],
    ]) {
      const { code, out, err } = await storydiff(...argv);
      expect(code).toBe(1);
      expect(out + err).toMatch(/not a regular file/);
    }
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('refuses a 50 MB page by its size, before reading it, in extract and compare alike', async () => {
    const big = hugeFile('big.html', 50 * 2 ** 20);
    const extract = await storydiff('extract', big);
    expect(extract.code).toBe(1);
    expect(JSON.parse(extract.out)).toEqual({
      file: big,
      error: 'it is too large (50 MiB; the limit is 20 MiB)',
    });
    const compare = await storydiff('compare', big, page('seed-000'));
    expect(compare.code).toBe(1);
    expect(compare.err).toContain(`cannot read ${big}: it is too large`);
  });

  it('names the directory given to --pairs, and a directory given as a page', async () => {
    const pairs = await storydiff('compare', '--pairs', dir);
    expect(pairs.code).toBe(1);
    expect(pairs.err).toBe(`storydiff: cannot read pairs file ${dir}: it is a directory, not a file\n`);
    const extract = await storydiff('extract', dir);
    expect(JSON.parse(extract.out)).toEqual({ file: dir, error: 'it is a directory, not a file' });
  });

  it('reads a story inside an srcdoc frame the same way in extract and compare', async () => {
    const extract = await storydiff('extract', page('iframe-srcdoc'));
    expect(extract.code).toBe(0);
    const { text } = JSON.parse(extract.out) as { text: string };
    const compare = await storydiff('compare', page('iframe-srcdoc'), page('iframe-srcdoc'));
    expect(compare.code).toBe(0);
    const { aligned } = JSON.parse(compare.out) as { aligned: { base: { text: string } }[] };
    expect(aligned.length).toBeGreaterThan(0);
    for (const pair of aligned) expect(text).toContain(pair.base.text.slice(0, 40));
  });
});

describe('small failures of the commands', () => {
  it('prints a pair line whose id is an object under its line number, with the reason', async () => {
    const seeds = loadSeeds();
    const pairs = join(dir, 'object-id.jsonl');
    const base = join(dir, 'a.txt');
    writeFileSync(base, seeds[0]!.text);
    writeFileSync(pairs, JSON.stringify({ id: { nested: 1 }, base, other: base }) + '\n');
    const { code, out } = await storydiff('compare', '--pairs', pairs);
    expect(code).toBe(1);
    expect(out).not.toContain('[object Object]');
    expect(JSON.parse(out)).toEqual({ id: '1', error: 'line 1: "id" must be a string or a number' });
  });

  it('fails a match whose library has no usable line, naming how many were skipped', async () => {
    const library = join(dir, 'broken.jsonl');
    writeFileSync(library, '{"id": "torn", "text": "cut off\n[1, 2]\n{"text": "no id"}\n');
    const query = join(dir, 'q.txt');
    writeFileSync(query, loadSeeds()[0]!.text);
    const { code, out, err } = await storydiff('match', query, '--library', library);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`library file ${library} has no usable line: all 3 were skipped`);
  });

  it('takes the .html query its help offers, extracted like any page', async () => {
    const library = join(dir, 'seeds.jsonl');
    writeFileSync(
      library,
      loadSeeds()
        .slice(1)
        .map(({ id, text }) => JSON.stringify({ id, text }))
        .join('\n'),
    );
    const help = await storydiff('match', '--help');
    expect(help.out).toMatch(/\.html/);
    const { code, out } = await storydiff('match', page('seed-000'), '--library', library, '--top', '4');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { query: string; matches: { id: string; sameStory: boolean }[] };
    expect(result.query).toBe('source.html');
    expect(result.matches.filter((m) => m.sameStory)).toHaveLength(4);
  });
});
