// Backup files: export and import back (merge, no duplicates); damaged, truncated and newer-version
// files refused whole with the library unchanged; bad records reported by position.
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../src/store/library';
import { SCHEMA_VERSION, type ArticleRecord } from '../../src/store/schema';
import { article, clock, freshFactory, seedArticles } from './store-helpers';

const seeds = seedArticles();

async function libraryWith(count: number): Promise<Library> {
  const library = await openLibrary(freshFactory(), { now: clock() });
  for (const s of seeds.slice(0, count)) await library.saveCapture(s);
  return library;
}

describe('export and import', () => {
  it('restores a whole library, versions included, into an empty one', async () => {
    const source = await libraryWith(3);
    await source.saveCapture(article(['An updated text of the first story.'], seeds[0]!.url));
    const backup = await source.exportBackup();
    expect(backup).toMatchObject({ format: 'storydiff-backup', schemaVersion: SCHEMA_VERSION });
    const target = await libraryWith(0);
    const report = await target.importBackup(JSON.stringify(backup));
    expect(report).toEqual({ added: 4, skipped: 0, errors: [] });
    expect(await target.exportBackup()).toEqual({ ...backup, exportedAt: expect.any(String) });
  });

  it('merges without duplicates: what is already stored is skipped, the rest added', async () => {
    const backup = await (await libraryWith(4)).exportBackup();
    const target = await libraryWith(2);
    const report = await target.importBackup(JSON.stringify(backup));
    expect(report).toEqual({ added: 2, skipped: 2, errors: [] });
    expect(await target.listArticles()).toHaveLength(4);
    expect(await target.importBackup(JSON.stringify(backup))).toEqual({ added: 0, skipped: 4, errors: [] });
  });

  it('keeps both texts when the backup holds another text of a stored page', async () => {
    const source = await libraryWith(0);
    const other = await source.saveCapture(
      article(['The first report, before the correction.'], seeds[0]!.url),
    );
    const target = await libraryWith(1);
    const report = await target.importBackup(JSON.stringify(await source.exportBackup()));
    expect(report.added).toBe(1);
    expect((await target.getArticle(other.article.id))?.text).toBe(seeds[0]!.text);
    expect((await target.getVersions(other.article.id)).map((v) => v.text)).toEqual([other.article.text]);
  });

  it('merges a page given twice in one backup as if the first were already stored', async () => {
    const backup = await (await libraryWith(2)).exportBackup();
    const [a, b] = backup.articles as [ArticleRecord, ArticleRecord];
    const added = { kind: 'paragraph' as const, text: 'A correction was added.' };
    const corrected = {
      ...a,
      text: `${a.text}\n\n${added.text}`,
      paragraphs: [...a.paragraphs, added],
    };
    const twice = { ...backup, articles: [a, b, a, corrected, corrected] };
    const target = await libraryWith(0);
    const report = await target.importBackup(JSON.stringify(twice));
    expect(report).toEqual({ added: 3, skipped: 2, errors: [] });
    expect(await target.listArticles()).toHaveLength(2);
    // The first text stays the page's; the corrected one is kept once, as an earlier/other text.
    expect((await target.getArticle(a.id))?.text).toBe(a.text);
    expect((await target.getVersions(a.id)).map((v) => v.text)).toEqual([corrected.text]);
  });

  it('imports the good records of a backup and reports the bad ones by position', async () => {
    const backup = await (await libraryWith(3)).exportBackup();
    const damaged = {
      ...backup,
      articles: [backup.articles[0], { id: 'x', text: '' }, 42, backup.articles[2]],
    };
    const target = await libraryWith(0);
    const report = await target.importBackup(JSON.stringify(damaged));
    expect(report.added).toBe(2);
    expect(report.errors).toEqual([
      { store: 'articles', index: 1, reason: 'capturedAt: missing' },
      { store: 'articles', index: 2, reason: 'not an object' },
    ]);
  });
});

describe('every record is checked field by field, and cleaned like page text', () => {
  it('refuses a record whose title is an object, or whose paragraphs hold null, and imports the rest', async () => {
    const backup = await (await libraryWith(3)).exportBackup();
    const [first, second, third] = backup.articles as [ArticleRecord, ArticleRecord, ArticleRecord];
    const damaged = {
      ...backup,
      articles: [{ ...first, title: { text: 'x' } }, { ...second, paragraphs: [null] }, third],
    };
    const target = await libraryWith(0);
    const report = await target.importBackup(JSON.stringify(damaged));
    expect(report).toEqual({
      added: 1,
      skipped: 0,
      errors: [
        { store: 'articles', index: 0, reason: 'title: expected text, got an object' },
        { store: 'articles', index: 1, reason: 'paragraphs.0: expected an object, got null' },
      ],
    });
    expect((await target.listArticles()).map((a) => a.id)).toEqual([third.id]);
  });

  it('drops bidi overrides and zero-width spaces and repairs lone surrogates in every text field', async () => {
    const backup = await (await libraryWith(1)).exportBackup();
    const [record] = backup.articles as [ArticleRecord];
    const hostile = (text: string) => `\u202E${text.slice(0, 20)}\u200B${text.slice(20)}\uD800`;
    const forged = {
      ...record,
      title: hostile(record.title),
      byline: hostile('Staff reporter'),
      text: hostile(record.text),
      paragraphs: record.paragraphs.map((p) => ({ ...p, text: hostile(p.text) })),
      contentHash: 'forged',
    };
    const version = { ...forged, articleId: record.id, id: undefined };
    const target = await libraryWith(0);
    const report = await target.importBackup(
      JSON.stringify({ ...backup, articles: [forged], versions: [version] }),
    );
    expect(report.errors).toEqual([]);
    const stored = (await target.exportBackup()) as { articles: unknown[]; versions: unknown[] };
    const all = JSON.stringify(stored);
    expect(all).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
    expect(all).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const [article] = stored.articles as [ArticleRecord];
    expect(article.title.startsWith(record.title.slice(0, 20))).toBe(true);
    // The hash is the library's own, computed from the cleaned text: never the backup's.
    expect(article.contentHash).not.toBe('forged');
  });
});

describe('refused backups leave the library unchanged', () => {
  async function refusal(text: string) {
    const library = await libraryWith(2);
    const before = await library.exportBackup();
    const error = await library.importBackup(text).catch((e: Error) => e);
    expect(await library.exportBackup()).toEqual({ ...before, exportedAt: expect.any(String) });
    return error;
  }

  it('refuses a backup from a newer schema version with a clear message', async () => {
    const backup = await (await libraryWith(4)).exportBackup();
    const error = await refusal(JSON.stringify({ ...backup, schemaVersion: SCHEMA_VERSION + 1 }));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/newer version of StoryDiff.*Update StoryDiff/);
  });

  it('refuses a truncated file and a file that is not a backup, saying why', async () => {
    const text = JSON.stringify(await (await libraryWith(4)).exportBackup());
    expect(((await refusal(text.slice(0, text.length / 2))) as Error).message).toMatch(
      /damaged or cut short/,
    );
    expect(((await refusal('{"format":"something-else"}')) as Error).message).toMatch(
      /not a StoryDiff backup/,
    );
  });

  it('accepts a backup from an earlier schema version, filling in what it lacked', async () => {
    const backup = await (await libraryWith(2)).exportBackup();
    const old = {
      ...backup,
      schemaVersion: 1,
      versions: undefined,
      articles: backup.articles.map(({ contentHash: _h, firstCapturedAt: _f, ...rest }) => rest),
    };
    const target = await libraryWith(0);
    expect(await target.importBackup(JSON.stringify(old))).toEqual({ added: 2, skipped: 0, errors: [] });
    expect((await target.exportBackup()).articles).toEqual(
      backup.articles.map((a) => ({ ...a, firstCapturedAt: a.capturedAt })),
    );
  });
});
