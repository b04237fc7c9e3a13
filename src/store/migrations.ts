// The ordered list of schema migrations, and opening the library through an IDBFactory passed in (the
// store never reads the indexedDB global, so tests pass fake-indexeddb's and the worker the real one).
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { cleanUrl } from '../core/extract';
import { normalizeUrl } from '../core/match/url';
import { contentHash } from './hash';
import { DB_NAME, SCHEMA_VERSION, type LibrarySchema } from './schema';

type AnyDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One step of the schema: migration i takes a database from version i to version i + 1. */
export interface Migration {
  /** What the step changes, for readers of this file. */
  description: string;
  run(db: AnyDatabase, tx: UpgradeTransaction): Promise<void> | void;
}

/** Rewrites every record of a store inside the upgrade transaction. */
async function rewriteAll(
  tx: UpgradeTransaction,
  store: string,
  change: (record: Record<string, unknown>) => void,
): Promise<void> {
  let cursor = await tx.objectStore(store).openCursor();
  while (cursor) {
    const record = { ...(cursor.value as Record<string, unknown>) };
    change(record);
    await cursor.update(record);
    cursor = await cursor.continue();
  }
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
    async run(_db, tx) {
      tx.objectStore('articles').createIndex('capturedAt', 'capturedAt');
      await rewriteAll(tx, 'articles', (record) => {
        record.firstCapturedAt ??= record.capturedAt;
      });
    },
  },
  {
    description: 'v3: earlier Versions of a page; articles carry the hash of their normalised text',
    async run(db, tx) {
      db.createObjectStore('versions', { keyPath: 'id' }).createIndex('articleId', 'articleId');
      await rewriteAll(tx, 'articles', (record) => {
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
    async run(_db, tx) {
      await rewriteAll(tx, 'articles', (record) => {
        const key = record.canonicalUrl;
        if (typeof key !== 'string' || /^https?:\/\//i.test(key)) return;
        const url = typeof record.url === 'string' ? record.url : null;
        // The page's own address when it is the same page (it keeps the scheme); https otherwise.
        record.canonicalUrl = normalizeUrl(url) === key ? cleanUrl(url) : cleanUrl(`https://${key}`);
      });
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
