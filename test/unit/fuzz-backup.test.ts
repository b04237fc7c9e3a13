// Fuzzing the backup reader: backups of real records damaged at random (fields of the wrong type, missing
// or null, hostile characters, whole records replaced by anything) never abort a restore; every record is
// either imported clean or refused with its number and a reason, and what is stored reads back as valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/store/library';
import type { ArticleRecord } from '../../src/store/schema';
import { ArticleRecordSchema, readRecord } from '../../src/store/validate';
import { SEED, nastyText } from './fuzz-arbitraries';
import { clock, freshFactory, seedArticles } from './store-helpers';

const FIELDS = [
  'id',
  'title',
  'text',
  'paragraphs',
  'capturedAt',
  'byline',
  'url',
  'lang',
  'partial',
] as const;
const UNSAFE =
  /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const source = await (async () => {
  const library = await openLibrary(freshFactory(), { now: clock() });
  for (const article of seedArticles()) await library.saveCapture(article);
  return (await library.exportBackup()).articles;
})();

/** One way to damage a record: a field set to anything (or hostile text), deleted, or the record replaced. */
const damage = fc.oneof(
  fc.record({ field: fc.constantFrom(...FIELDS), value: fc.anything() }),
  fc.record({ field: fc.constantFrom(...FIELDS), value: nastyText(40) }),
  fc.record({ field: fc.constantFrom(...FIELDS), value: fc.constant(undefined) }),
  fc.record({
    field: fc.constant('paragraphs'),
    value: fc.array(fc.oneof(fc.constant(null), fc.anything())),
  }),
  fc.record({ field: fc.constant('*'), value: fc.anything() }),
);

const record = fc
  .tuple(fc.integer({ min: 0, max: source.length - 1 }), fc.array(damage, { maxLength: 3 }), fc.nat())
  .map(([i, damages, n]) => {
    const base = { ...(source[i] as ArticleRecord), id: `u:fuzz.example/${n}` } as Record<string, unknown>;
    let out: unknown = base;
    for (const { field, value } of damages) {
      if (field === '*') out = value;
      else if (typeof out === 'object' && out !== null) (out as Record<string, unknown>)[field] = value;
    }
    return out;
  });

describe('the backup reader on damaged records', () => {
  it('imports the good records clean, refuses the others by number, and never aborts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 12 }), async (articles) => {
        const library = await openLibrary(freshFactory(), { now: clock() });
        const json = JSON.stringify({ format: 'storydiff-backup', schemaVersion: 4, articles, versions: [] });
        const report = await library.importBackup(json);
        expect(report.added + report.skipped + report.errors.length).toBe(articles.length);
        for (const error of report.errors) {
          expect(error.index).toBeGreaterThanOrEqual(0);
          expect(error.index).toBeLessThan(articles.length);
          expect(error.reason.length).toBeGreaterThan(0);
        }
        const stored = (await library.exportBackup()).articles;
        for (const r of stored) {
          expect(JSON.stringify(r)).not.toMatch(UNSAFE);
          expect(typeof r.title).toBe('string');
          // Stored records read back as valid, unchanged: cleaning once is enough.
          expect(readRecord(ArticleRecordSchema, r)).toEqual({ ok: true, value: r });
        }
        library.close();
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 120_000);
});
