// Backing up and restoring a library of any size in pieces: the options page reads and writes the
// extension's IndexedDB itself, a batch of records per transaction, instead of passing the whole library
// through one runtime message (Chrome refuses messages over 64 MiB: about 4,200 articles).
//
// The file is still one JSON object, so any JSON reader (and StoryDiff's older import) reads it, but laid
// out one record per line, which lets the restore read it line by line with bounded memory:
//   {"format":"storydiff-backup",...,"articles":[
//   {…}
//   ,{…}
//   ],"versions":[
//   …
//   ]}
import type { IDBPDatabase } from 'idb';
import { importBackup, mergeArticles, mergeVersions, parseBackup, type ImportReport } from './backup';
import { explainWriteError, LibraryError } from './errors';
import { SCHEMA_VERSION, type LibrarySchema } from './schema';

/** Records read or written per transaction: small enough to keep memory flat, large enough to be quick. */
export const BATCH = 500;

/** How far a back up or restore has come. */
export interface Progress {
  /** Records done so far. */
  done: number;
  /** Records in all, when known (a restore knows bytes, not records). */
  total?: number;
}

type StoreName = 'articles' | 'versions' | 'damaged';

/** The records of one store in key order, a batch per read-only transaction. */
export async function* batchesOf(
  db: IDBPDatabase<LibrarySchema>,
  store: StoreName,
  start?: IDBValidKey,
): AsyncGenerator<unknown[]> {
  let after: IDBValidKey | undefined = start;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction(store);
    const [values, keys] = await Promise.all([
      tx.objectStore(store).getAll(range, BATCH),
      tx.objectStore(store).getAllKeys(range, BATCH),
    ]);
    if (values.length === 0) return;
    yield values;
    after = keys[keys.length - 1];
    if (values.length < BATCH) return;
  }
}

/**
 * The library as backup text, in pieces of about BATCH records (each a few hundred kilobytes): the caller
 * turns each into a Blob at once, so the page never holds the whole file as one string.
 */
export async function* exportPieces(
  db: IDBPDatabase<LibrarySchema>,
  exportedAt: string,
  onProgress: (progress: Progress) => void = () => undefined,
): AsyncGenerator<string> {
  const total = (await db.count('articles')) + (await db.count('versions'));
  const head = JSON.stringify({ format: 'storydiff-backup', schemaVersion: SCHEMA_VERSION, exportedAt });
  let done = 0;
  // Damaged records (set aside by an upgrade) are written only when there are any, as exportBackup does.
  const stores: StoreName[] = ['articles', 'versions'];
  if ((await db.count('damaged')) > 0) stores.push('damaged');
  for (const [s, store] of stores.entries()) {
    let piece = s === 0 ? `${head.slice(0, -1)},"${store}":[\n` : `],"${store}":[\n`;
    let first = true;
    for await (const values of batchesOf(db, store)) {
      for (const value of values) {
        piece += `${first ? '' : ','}${JSON.stringify(value)}\n`;
        first = false;
      }
      yield piece;
      piece = '';
      if (store !== 'damaged') done += values.length;
      onProgress({ done, total });
    }
    if (piece) yield piece;
  }
  yield ']}\n';
}

/** Lines of a text stream, without their line ends. */
async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    rest += chunk;
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    yield* lines;
  }
  if (rest) yield rest;
}

const HEAD = /^\{"format":"storydiff-backup",.*"articles":\[$/;
const SECTION = /^\],"(versions|damaged)":\[$/;

/**
 * Restores a backup from a stream of its text, a batch of records per transaction, and merges it as
 * importBackup does (nothing stored is overwritten; bad records refused by number with the reason). A
 * file not laid out one record per line (written by an older StoryDiff, or by hand) is read whole, up to
 * `maxWholeChars`. A refused write (a full disk) stops the restore: what was already merged stays.
 */
export async function importStream(
  db: IDBPDatabase<LibrarySchema>,
  chunks: AsyncIterable<string>,
  onProgress: (progress: Progress) => void = () => undefined,
  maxWholeChars = 200 * 2 ** 20,
): Promise<ImportReport> {
  const lines = linesOf(chunks)[Symbol.asyncIterator]();
  const first = await lines.next();
  const head = first.done ? '' : first.value;
  if (!HEAD.test(head)) return importBackup(db, await rest(head, lines, maxWholeChars));
  // The envelope is checked as a whole backup with no records: format, schema version, newer versions.
  parseBackup(`${head}]}`);
  const report: ImportReport = { added: 0, skipped: 0, errors: [] };
  let section: 'articles' | 'versions' | 'damaged' | 'end' = 'articles';
  let batch: unknown[] = [];
  let index = 0;
  let done = 0;
  const flush = async () => {
    if (batch.length === 0 || section === 'damaged' || section === 'end') return void (batch = []);
    const tx = db.transaction(['articles', 'versions'], 'readwrite');
    try {
      const merge = section === 'articles' ? mergeArticles : mergeVersions;
      await merge(tx, batch, index - batch.length, report);
      await tx.done;
    } catch (error) {
      explainWriteError(error, tx);
    }
    done += batch.length;
    batch = [];
    onProgress({ done });
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    const switched = SECTION.exec(line);
    if (switched || line === ']}') {
      await flush();
      section = switched ? (switched[1] as 'versions' | 'damaged') : 'end';
      index = 0;
      continue;
    }
    if (line.trim() === '' || section === 'end') continue;
    batch.push(parseRecord(line));
    index++;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (section !== 'end')
    throw new LibraryError(
      `This backup is cut short: ${report.added} records were imported before its end; the rest are missing.`,
      'bad-backup',
    );
  return report;
}

/** One record line; a line that is not JSON becomes a value the schemas refuse, so it is reported by number. */
function parseRecord(line: string): unknown {
  try {
    return JSON.parse(line.startsWith(',') ? line.slice(1) : line) as unknown;
  } catch {
    return 'a line that is not JSON';
  }
}

/** The rest of a file not laid out one record per line, as one string (bounded). */
async function rest(head: string, lines: AsyncIterator<string>, max: number): Promise<string> {
  const parts = [head];
  let size = head.length;
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    size += next.value.length + 1;
    if (size > max)
      throw new LibraryError(
        'This backup is too large to read in one piece, and it was not written one record per line as ' +
          'StoryDiff writes them. Nothing was imported; your library is unchanged.',
        'bad-backup',
      );
    parts.push(next.value);
  }
  return parts.join('\n');
}
