// The ordered list of schema migrations, and opening the library through an IDBFactory passed in (the
// store never reads the indexedDB global, so tests pass fake-indexeddb's and the worker the real one).
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { cleanUrl } from '../core/extract';
import { normalizeUrl } from '../core/match/url';
import type * as v from 'valibot';
import { contentHash } from './hash';
import { DB_NAME, SCHEMA_VERSION, type DamagedRecord, type LibrarySchema } from './schema';
import { ArticleRecordSchema, VersionRecordSchema, readRecord } from './validate';

type AnyDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One step of the schema: migration i takes a database from version i to version i + 1. */
export interface Migration {
  /** What the step changes, for readers of this file. */
  description: string;
  run(db: AnyDatabase, tx: UpgradeTransaction): Promise<void> | void;
}

/** When the upgrade runs, for the damaged records it sets aside. */
const upgradedAt = () => new Date().toISOString();

/** The store of damaged records, created by the first migration that needs it (or by v5). */
function damagedStore(db: AnyDatabase, tx: UpgradeTransaction) {
  if (!db.objectStoreNames.contains('damaged')) db.createObjectStore('damaged', { autoIncrement: true });
  return tx.objectStore('damaged');
}

/**
 * Rewrites every record of a store inside the upgrade transaction. A record `change` cannot handle (it
 * throws, or returns a reason) is set aside in the 'damaged' store, as it was, with the reason, and the
 * upgrade goes on: one damaged record must not keep the reader from the rest of the library.
 */
async function rewriteAll(
  db: AnyDatabase,
  tx: UpgradeTransaction,
  store: 'articles' | 'versions',
  change: (record: Record<string, unknown>) => Record<string, unknown> | string | void,
): Promise<void> {
  let cursor = await tx.objectStore(store).openCursor();
  while (cursor) {
    const value = cursor.value as unknown;
    let outcome: Record<string, unknown> | string | void;
    try {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) outcome = 'not an object';
      else {
        const record = { ...(value as Record<string, unknown>) };
        outcome = change(record) ?? record;
      }
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
    if (typeof outcome === 'string') {
      const damaged: DamagedRecord = {
        store,
        key: String(cursor.primaryKey),
        reason: outcome,
        record: value,
        setAsideAt: upgradedAt(),
      };
      await damagedStore(db, tx).add(damaged);
      await cursor.delete();
    } else await cursor.update(outcome);
    cursor = await cursor.continue();
  }
}

/** A rewrite that checks and cleans each record against its schema, or gives the reason it does not fit. */
const check =
  <T>(schema: v.GenericSchema<unknown, T>) =>
  (record: Record<string, unknown>) => {
    const read = readRecord(schema, record);
    return read.ok ? (read.value as Record<string, unknown>) : read.reason;
  };

/** Every article and version checked against the current schemas; damaged ones set aside. */
async function checkAll(db: AnyDatabase, tx: UpgradeTransaction): Promise<void> {
  await rewriteAll(db, tx, 'articles', check(ArticleRecordSchema));
  await rewriteAll(db, tx, 'versions', check(VersionRecordSchema));
}

export const MIGRATIONS: readonly Migration[] = [
  {
    description: 'v1: articles, keyed by id, found by canonical address',
    run(db) {
      db.createObjectStore('articles', { keyPath: 'id' }).createIndex('canonicalUrl', 'canonicalUrl');
    },
  },
  {
    description: 'v2: articles listed by capture time; firstCapturedAt kept apart from the latest capture',
    async run(db, tx) {
      tx.objectStore('articles').createIndex('capturedAt', 'capturedAt');
      await rewriteAll(db, tx, 'articles', (record) => {
        record.firstCapturedAt ??= record.capturedAt;
      });
    },
  },
  {
    description: 'v3: earlier Versions of a page; articles carry the hash of their normalised text',
    async run(db, tx) {
      db.createObjectStore('versions', { keyPath: 'id' }).createIndex('articleId', 'articleId');
      await rewriteAll(db, tx, 'articles', (record) => {
        const paragraphs = Array.isArray(record.paragraphs) ? (record.paragraphs as { text: string }[]) : [];
        record.contentHash = contentHash(String(record.text ?? ''), paragraphs);
      });
    },
  },
  {
    description: 'v4: snapshots of derived data (the match index), so a restarted worker need not rebuild it',
    run(db) {
      db.createObjectStore('snapshots', { keyPath: 'id' });
    },
  },
  {
    description:
      'v5: canonicalUrl holds an address again (it held the normalised key, without a scheme, which no URL reader accepts)',
    async run(db, tx) {
      await rewriteAll(db, tx, 'articles', (record) => {
        const key = record.canonicalUrl;
        if (typeof key !== 'string' || /^https?:\/\//i.test(key)) return;
        const url = typeof record.url === 'string' ? record.url : null;
        // The page's own address when it is the same page (it keeps the scheme); https otherwise.
        record.canonicalUrl = normalizeUrl(url) === key ? cleanUrl(url) : cleanUrl(`https://${key}`);
      });
    },
  },
  {
    description:
      'v6: every stored record checked against its schema (and cleaned); damaged ones set aside, listed and exportable',
    async run(db, tx) {
      damagedStore(db, tx);
      // A record without capturedAt was missing from the list (its index skips it); now it is set aside.
      await checkAll(db, tx);
    },
  },
  {
    description:
      'v7: followed feeds; articles may say where they came from (a record without `source` is the reader’s own)',
    async run(db, tx) {
      db.createObjectStore('feeds', { keyPath: 'url' });
      // The article schema now reads `source`: every record is checked against it again.
      await checkAll(db, tx);
    },
  },
];

if (MIGRATIONS.length !== SCHEMA_VERSION)
  throw new Error('SCHEMA_VERSION must equal the number of migrations');

/**
 * Opens (creating or upgrading) the library database at `version` (tests open earlier versions).
 * A failing migration aborts the upgrade: the database stays as it was.
 */
export async function openDatabase(
  factory: IDBFactory,
  name = DB_NAME,
  version = SCHEMA_VERSION,
): Promise<IDBPDatabase<LibrarySchema>> {
  const request = factory.open(name, version);
  request.onupgradeneeded = (event) => {
    const db = wrap(request.result) as AnyDatabase;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
    const steps = MIGRATIONS.slice(event.oldVersion, version);
    void steps
      .reduce<Promise<void>>((done, step) => done.then(() => step.run(db, tx)), Promise.resolve())
      .catch(() => tx.abort());
  };
  const db = await wrap(request);
  if (!db) throw new Error('The library database could not be opened.');
  return db as unknown as IDBPDatabase<LibrarySchema>;
}
