// Backing up and restoring in pieces: a round trip keeps every record, the file is still one JSON backup
// (older StoryDiff reads it), older files still restore, and damaged or cut-short files are reported.
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../src/store/library';
import { BATCH } from '../../src/store/stream';
import { synthetic, loadEcb, loadSeeds } from '../../bench/match-data';
import { article, clock, freshFactory } from './store-helpers';

const pool = [...loadEcb(), ...loadSeeds()].map((e) =>
  e.text.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.length > 20),
);

/** A library of `count` articles of real sentences, every tenth also with an earlier version. */
async function libraryOf(count: number): Promise<Library> {
  const library = await openLibrary(freshFactory(), { now: clock() });
  for (const [i, entry] of synthetic(count, pool, 3).entries()) {
    const url = `https://outlet${i % 40}.example/story/${i}`;
    const lines = entry.text.split(/(?<=\.)\s+/);
    if (i % 10 === 0) await library.saveCapture(article(lines.slice(1), url));
    await library.saveCapture(article(lines, url));
  }
  return library;
}

async function fileOf(library: Library, progress: number[] = []): Promise<string> {
  let text = '';
  for await (const piece of library.exportPieces((p) => progress.push(p.done))) text += piece;
  return text;
}

/** The text in chunks of `size` characters, cut anywhere (inside records too), as a file stream gives it. */
async function* chunks(text: string, size = 4096): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('back up and restore in pieces', () => {
  it('round-trips every record of a library larger than several batches, with progress', async () => {
    const count = BATCH * 2 + 137;
    const source = await libraryOf(count);
    const progress: number[] = [];
    const file = await fileOf(source, progress);
    // One JSON object, equal to the whole-library backup: older StoryDiff versions import it as before.
    const whole = await source.exportBackup();
    expect(JSON.parse(file)).toEqual({ ...whole, exportedAt: expect.any(String) });
    expect(progress.at(-1)).toBe(whole.articles.length + whole.versions.length);
    expect(progress.length).toBeGreaterThan(2);

    const target = await openLibrary(freshFactory(), { now: clock() });
    const restored: number[] = [];
    const report = await target.importStream(chunks(file), (p) => restored.push(p.done));
    expect(report).toEqual({ added: whole.articles.length + whole.versions.length, skipped: 0, errors: [] });
    expect(restored.length).toBeGreaterThan(2);
    const again = await target.exportBackup();
    expect(again.articles).toEqual(whole.articles);
    expect(again.versions).toEqual(whole.versions);
    // Restoring the same file again adds nothing.
    expect(await target.importStream(chunks(file))).toMatchObject({ added: 0, skipped: report.added });
  }, 120_000);

  it('restores a backup written by an older StoryDiff (indented, not one record per line)', async () => {
    const source = await libraryOf(12);
    const old = JSON.stringify(await source.exportBackup(), null, 1);
    const target = await openLibrary(freshFactory(), { now: clock() });
    const report = await target.importStream(chunks(old, 100));
    expect(report.errors).toEqual([]);
    expect(report.added).toBe(12 + 2);
  });

  it('reports a damaged line by its number and imports the rest', async () => {
    const file = await fileOf(await libraryOf(5));
    const lines = file.split('\n');
    lines[2] = '{"id": "torn';
    lines[3] = `,${JSON.stringify({ title: { x: 1 } })}`;
    const target = await openLibrary(freshFactory(), { now: clock() });
    const report = await target.importStream(chunks(lines.join('\n')));
    expect(report.errors).toEqual([
      { store: 'articles', index: 1, reason: 'not an object' },
      { store: 'articles', index: 2, reason: 'id: missing' },
    ]);
    // Three articles and the earlier version of the first.
    expect(report.added).toBe(4);
  });

  it('says a cut-short file is cut short, keeping what came before the cut', async () => {
    const file = await fileOf(await libraryOf(BATCH + 20));
    const cut = file.slice(0, Math.floor(file.length * 0.8));
    const target = await openLibrary(freshFactory(), { now: clock() });
    await expect(target.importStream(chunks(cut))).rejects.toThrow(/cut short: \d+ records were imported/);
    // The records before the cut are kept (the cut falls about 80% through the articles).
    expect((await target.articleIds()).length).toBeGreaterThan(BATCH * 0.7);
  }, 120_000);

  it('refuses a file that is not a backup, or from a newer StoryDiff, before writing anything', async () => {
    const target = await openLibrary(freshFactory(), { now: clock() });
    await expect(target.importStream(chunks('hello'))).rejects.toThrow(/not a complete StoryDiff backup/);
    const newer = '{"format":"storydiff-backup","schemaVersion":99,"exportedAt":"x","articles":[\n]}\n';
    await expect(target.importStream(chunks(newer))).rejects.toThrow(/newer version of StoryDiff/);
    expect(await target.articleIds()).toEqual([]);
  });
});
