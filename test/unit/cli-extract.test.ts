// `storydiff extract` as a user runs it: one JSON line per file, refusals reported per file, exit codes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { REPO_ROOT } from '../paths';

const page = (name: string) => join(REPO_ROOT, 'test', 'fixtures', 'pages', name, 'source.html');

async function storydiff(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t) };
  const code = await run(argv, io);
  const lines = out.join('').split('\n').filter(Boolean);
  return { code, lines: lines.map((l) => JSON.parse(l) as Record<string, unknown>), err: err.join('') };
}

describe('storydiff extract', () => {
  it('prints one line per file with the article fields', async () => {
    const { code, lines } = await storydiff('extract', '--json', page('seed-001'), page('seed-003'));
    expect(code).toBe(0);
    expect(lines.map((l) => l.siteName)).toEqual(['Baltic Wire', 'Courier Now']);
    const first = lines[0] ?? {};
    for (const key of [
      'file',
      'title',
      'byline',
      'url',
      'canonicalUrl',
      'publishedTime',
      'modifiedTime',
      'lang',
    ])
      expect(first).toHaveProperty(key);
    expect(first.file).toBe(page('seed-001'));
    expect(first.canonicalUrl).not.toContain('utm_');
    expect(String(lines[1]?.text)).toContain('Trump Says Putin Agreed To Not Attack Kyiv For A Week');
    expect(Array.isArray(first.paragraphs)).toBe(true);
  });

  it('reports a page that is not an article and still prints the others, then exits 1', async () => {
    const { code, lines, err } = await storydiff('extract', page('home-page'), page('seed-000'));
    expect(code).toBe(1);
    expect(lines[0]).toEqual({ file: page('home-page'), error: 'This page does not look like an article.' });
    expect(lines[1]?.title).toMatch(/^Kremlin Says Moscow/);
    expect(err).toContain('1 of 2 files');
  });

  it('reads a story that a saved page holds in an srcdoc frame, without the ad frames beside it', async () => {
    const { code, lines } = await storydiff('extract', '--json', page('iframe-srcdoc'));
    expect(code).toBe(0);
    const text = String(lines[0]?.text);
    expect(text).toContain('2,300 residents signed a petition');
    expect(text).not.toContain('Win a holiday for two');
  });

  it('uses --url as the page address', async () => {
    const url = 'https://www.balticwire.com/world/europe/story?utm_medium=email';
    const { lines } = await storydiff('extract', '--url', url, page('seed-001'));
    expect(lines[0]?.url).toBe(url);
  });

  it('reports a missing file without stopping, and refuses a --url that is not an address', async () => {
    const missing = await storydiff('extract', 'nope.html', page('seed-002'));
    expect(missing.code).toBe(1);
    expect(missing.lines[0]).toEqual({ file: 'nope.html', error: 'no such file' });
    expect(missing.lines).toHaveLength(2);
    expect((await storydiff('extract', '--url', 'not a url', page('seed-002'))).code).toBe(2);
  });

  it('handles 200 files in one call', async () => {
    const files = Array.from({ length: 200 }, (_, i) => page(`seed-00${i % 5}`));
    const { code, lines } = await storydiff('extract', ...files);
    expect(code).toBe(0);
    expect(lines).toHaveLength(200);
    expect(new Set(lines.map((l) => l.siteName)).size).toBe(5);
  });
});
