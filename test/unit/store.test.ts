// The reader's library on fake-indexeddb: captures, versions only for real text changes, list and
// search, delete, clear, and a refused write (quota) that loses nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { openLibrary } from '../../src/store/library';
import { LibraryError } from '../../src/store/errors';
import { article, clock, freshFactory, seedArticles } from './store-helpers';

const seeds = seedArticles();
const open = () => openLibrary(freshFactory(), { now: clock() });

afterEach(() => vi.restoreAllMocks());

describe('saving captures', () => {
  it('stores a new page once, keyed by its canonical address without tracking parameters', async () => {
    const library = await open();
    const first = await library.saveCapture(seeds[0]!);
    const again = await library.saveCapture({ ...seeds[0]!, url: `${seeds[0]!.url}?utm_source=feed#top` });
    expect(first).toMatchObject({ isNewArticle: true, isNewVersion: false, previousVersions: [] });
    expect(again).toMatchObject({ isNewArticle: false, isNewVersion: false, previousVersions: [] });
    expect(await library.listArticles()).toHaveLength(1);
    expect(again.article.capturedAt > first.article.capturedAt).toBe(true);
    expect(again.article.firstCapturedAt).toBe(first.article.capturedAt);
  });

  it('keeps the canonical address as an address (scheme and all), its normalised form only in the id', async () => {
    const library = await open();
    const page = {
      ...seeds[0]!,
      canonicalUrl: 'https://www.outlet0.example/world/kremlin-invites-zelensky/?utm_medium=x',
    };
    const { article: stored } = await library.saveCapture(page);
    expect(stored.canonicalUrl).toBe('https://www.outlet0.example/world/kremlin-invites-zelensky/');
    expect(stored.id).toBe('u:outlet0.example/world/kremlin-invites-zelensky');
  });

  it('does not store a version for a new comment count, timestamp line or ad slot', async () => {
    const library = await open();
    const lines = seeds[1]!.paragraphs.map((p) => p.text);
    await library.saveCapture(article([...lines, '12 comments', 'Advertisement'], seeds[1]!.url));
    const later = await library.saveCapture(
      article([...lines, '57 Comments', 'Updated 3 minutes ago'], seeds[1]!.url, seeds[1]!.title),
    );
    expect(later.isNewVersion).toBe(false);
    expect(await library.getVersions(later.article.id)).toEqual([]);
  });

  it('keeps the earlier text as a version when the article text really changed', async () => {
    const library = await open();
    const lines = seeds[2]!.paragraphs.map((p) => p.text);
    await library.saveCapture(seeds[2]!);
    const edited = [
      ...lines.slice(0, 3),
      'Kremlin spokesman Dmitry Peskov later said the offer stands until Friday.',
    ];
    const result = await library.saveCapture(article(edited, seeds[2]!.url));
    expect(result.isNewVersion).toBe(true);
    expect(result.previousVersions.map((v) => v.text)).toEqual([seeds[2]!.text]);
    expect((await library.getArticle(result.article.id))?.text).toContain('offer stands until Friday');
  });

  it('refuses a page without article text and stores nothing', async () => {
    const library = await open();
    await expect(library.saveCapture(article([], 'https://x.example/a'))).rejects.toThrow(/no article text/);
    expect(await library.listArticles()).toEqual([]);
  });
});

describe('listing, deleting, clearing', () => {
  it('lists the latest capture first and finds articles by words of their text', async () => {
    const library = await open();
    for (const s of seeds) await library.saveCapture(s);
    const all = await library.listArticles();
    expect(all.map((a) => a.url)).toEqual(seeds.map((s) => s.url).reverse());
    expect(await library.listArticles({ search: 'kremlin ZELENSKY' })).toHaveLength(seeds.length);
    const found = await library.listArticles({ search: 'tribuneonlineng invites' });
    expect(found.map((a) => a.url)).toEqual([seeds[4]!.url]);
  });

  it('deletes one article with its versions, and clears everything', async () => {
    const library = await open();
    for (const s of seeds) await library.saveCapture(s);
    const changed = await library.saveCapture(article(['A corrected paragraph.'], seeds[0]!.url));
    await library.deleteArticle(changed.article.id);
    expect(await library.getArticle(changed.article.id)).toBeUndefined();
    expect(await library.getVersions(changed.article.id)).toEqual([]);
    expect(await library.listArticles()).toHaveLength(seeds.length - 1);
    await library.clearAll();
    expect(await library.listArticles()).toEqual([]);
  });
});

describe('when the browser refuses a write (quota)', () => {
  it('tells the reader and keeps everything already stored', async () => {
    const library = await open();
    await library.saveCapture(seeds[0]!);
    const before = await library.exportBackup();
    // Only the article write is refused: the earlier version write of the same capture must not stay behind.
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'articles')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const edited = article(['Completely different text now.'], seeds[0]!.url);
    const refusal = library.saveCapture(edited);
    await expect(refusal).rejects.toBeInstanceOf(LibraryError);
    await expect(library.saveCapture(edited)).rejects.toThrow(/no more room/);
    await expect(library.saveCapture(seeds[3]!)).rejects.toThrow(/nothing was saved/);
    vi.restoreAllMocks();
    const after = await library.exportBackup();
    expect(after.articles).toEqual(before.articles);
    expect(after.versions).toEqual([]);
  });
});

describe('snapshots of derived data', () => {
  it('keeps the latest snapshot, and clearing the library removes it with everything else', async () => {
    const library = await openLibrary(freshFactory(), { now: clock() });
    expect(await library.loadSnapshot('match-index')).toBeUndefined();
    await library.saveSnapshot('match-index', { docs: [1] });
    await library.saveSnapshot('match-index', { docs: [1, 2] });
    expect(await library.loadSnapshot('match-index')).toEqual({ docs: [1, 2] });
    await library.saveCapture(seedArticles()[0]!);
    expect(await library.articleIds()).toHaveLength(1);
    await library.clearAll();
    expect(await library.loadSnapshot('match-index')).toBeUndefined();
    expect(await library.articleIds()).toEqual([]);
    library.close();
  });
});
