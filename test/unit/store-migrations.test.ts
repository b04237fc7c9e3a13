// Every earlier schema version upgrades to the current one without losing the reader's articles:
// a database is written in the shape of each version, then opened by the current library.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/background/summary';
import { openLibrary } from '../../src/store/library';
import { MIGRATIONS, openDatabase } from '../../src/store/migrations';
import { SCHEMA_VERSION } from '../../src/store/schema';
import { contentHash } from '../../src/store/hash';
import { clock, freshFactory, seedArticles } from './store-helpers';

const seeds = seedArticles();

/**
 * An article record as schema version `version` stored it (v1 had no firstCapturedAt, v1–2 no hash; v4 added a
 * store, not fields; v1–4 kept canonicalUrl without its scheme).
 */
function recordAt(version: number, i: number): Record<string, unknown> {
  const a = seeds[i]!;
  const record: Record<string, unknown> = {
    id: `u:outlet${i}.example/world/kremlin-invites-zelensky`,
    url: a.url,
    // Versions 1-4 kept the normalised key without a scheme; version 5 made it an address again.
    canonicalUrl: `${version >= 5 ? 'https://' : ''}outlet${i}.example/world/kremlin-invites-zelensky`,
    title: a.title,
    siteName: a.siteName,
    byline: null,
    publishedTime: a.publishedTime,
    modifiedTime: null,
    lang: 'en',
    capturedAt: `2025-12-0${i + 1}T10:00:00.000Z`,
    text: a.text,
    paragraphs: a.paragraphs,
    partial: false,
  };
  if (version >= 2) record.firstCapturedAt = '2025-11-01T00:00:00.000Z';
  if (version >= 3) record.contentHash = contentHash(a.text, a.paragraphs);
  return record;
}

describe('schema migrations', () => {
  it('has one migration per schema version', () => {
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION);
  });

  for (let version = 1; version < SCHEMA_VERSION; version++) {
    it(`upgrades a library written at version ${version} with its articles intact and usable`, async () => {
      const factory = freshFactory();
      const old = await openDatabase(factory, 'lib', version);
      const tx = (old as unknown as IDBDatabase).transaction('articles', 'readwrite');
      for (let i = 0; i < 3; i++) tx.objectStore('articles').put(recordAt(version, i));
      await new Promise((done) => (tx.oncomplete = done));
      old.close();

      const library = await openLibrary(factory, { name: 'lib', now: clock() });
      const articles = await library.listArticles();
      expect(articles.map((a) => a.text)).toEqual([2, 1, 0].map((i) => seeds[i]!.text));
      for (const a of articles) {
        expect(a.contentHash).toBe(contentHash(a.text, a.paragraphs));
        expect(a.firstCapturedAt).toBe(version >= 2 ? '2025-11-01T00:00:00.000Z' : a.capturedAt);
        // The address without a scheme that versions 1-4 kept is an address again, and names the outlet.
        expect(a.canonicalUrl).toMatch(/^https:\/\/outlet\d\.example\/world\/kremlin-invites-zelensky$/);
        expect(summarize({ ...a, siteName: null }).outlet).toMatch(/^outlet\d\.example$/);
      }
      // The upgraded library still tells a re-capture from a changed article.
      expect((await library.saveCapture(seeds[0]!)).isNewVersion).toBe(false);
      const edited = {
        ...seeds[1]!,
        text: 'Corrected.',
        paragraphs: [{ kind: 'paragraph' as const, text: 'Corrected.' }],
      };
      const changed = await library.saveCapture(edited);
      expect(changed.previousVersions.map((v) => v.text)).toEqual([seeds[1]!.text]);
      library.close();
    });
  }

  for (let version = 1; version < SCHEMA_VERSION; version++) {
    it(`sets damaged records of a version ${version} library aside, keeps them listed and exportable, and opens`, async () => {
      const factory = freshFactory();
      const old = await openDatabase(factory, 'lib', version);
      const tx = (old as unknown as IDBDatabase).transaction('articles', 'readwrite');
      const store = tx.objectStore('articles');
      for (let i = 0; i < 3; i++) store.put(recordAt(version, i));
      // A block that is not an object made the hash migration throw, which aborted the whole upgrade.
      store.put({ ...recordAt(version, 3), id: 'u:broken-blocks', paragraphs: [null] });
      // A record without a capture time dropped out of the list silently.
      const { capturedAt: _c, ...undated } = recordAt(version, 4);
      store.put({ ...undated, id: 'u:undated' });
      store.put({ ...recordAt(version, 4), id: 'u:object-title', title: { text: 'x' } });
      await new Promise((done) => (tx.oncomplete = done));
      old.close();

      const library = await openLibrary(factory, { name: 'lib', now: clock() });
      expect((await library.listArticles()).map((a) => a.text)).toEqual([2, 1, 0].map((i) => seeds[i]!.text));
      const damaged = await library.listDamaged();
      expect(damaged.map((d) => [d.key, d.store])).toEqual(
        expect.arrayContaining([
          ['u:broken-blocks', 'articles'],
          ['u:undated', 'articles'],
          ['u:object-title', 'articles'],
        ]),
      );
      expect(damaged).toHaveLength(3);
      expect(damaged.find((d) => d.key === 'u:undated')?.reason).toBe('capturedAt: missing');
      expect(damaged.find((d) => d.key === 'u:object-title')?.reason).toBe(
        'title: expected text, got an object',
      );
      // Kept with all they held (earlier steps may have added a derived field or given the address back its
      // scheme), and in the backup file.
      expect(damaged.find((d) => d.key === 'u:undated')?.record).toMatchObject({
        ...undated,
        id: 'u:undated',
        canonicalUrl: expect.stringMatching(/^https:\/\/outlet4\.example\//),
      });
      expect((await library.exportBackup()).damaged).toEqual(damaged);
      library.close();
    });
  }

  it('leaves an up-to-date library as it is when opened again', async () => {
    const factory = freshFactory();
    const first = await openLibrary(factory, { name: 'lib', now: clock() });
    await first.saveCapture(seeds[0]!);
    first.close();
    const again = await openLibrary(factory, { name: 'lib', now: clock() });
    expect(await again.listArticles()).toHaveLength(1);
  });
});
