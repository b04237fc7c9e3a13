// The reader's library: save captured Articles (a new Version only when the text really changed), list,
// search, delete, clear, and back up. Every write is one transaction: refused writes lose nothing stored.
import type { IDBPDatabase } from 'idb';
import { cleanUrl } from '../core/extract';
import { normalizeUrl } from '../core/match/url';
import type { Article } from '../core/model';
import { exportBackup, importBackup, type Backup, type ImportReport } from './backup';
import { LibraryError, explainWriteError } from './errors';
import { contentHash } from './hash';
import { versionOf } from './records';
import { openDatabase } from './migrations';
import {
  DB_NAME,
  type ArticleRecord,
  type ArticleSource,
  type FeedRecord,
  type RecheckState,
  type DamagedRecord,
  type LibrarySchema,
  type VersionRecord,
} from './schema';
import { batchesOf, exportPieces, importStream, type Progress } from './stream';
import { FeedRecordSchema, readArticle, readRecord } from './validate';

/** What saving a capture did. */
export interface SaveResult {
  /** The stored article, now holding this capture's text. */
  article: ArticleRecord;
  /** True when this page was not in the library before. */
  isNewArticle: boolean;
  /** True when the page was stored before with a different text: an earlier Version was kept. */
  isNewVersion: boolean;
  /** Earlier texts of this page, oldest first (empty for a page captured once or never changed). */
  previousVersions: VersionRecord[];
  /** True when a feed entry (title and summary only) gave way to its page's text: new text, no new version. */
  replacedEntry: boolean;
}

/** Options of openLibrary. */
export interface LibraryOptions {
  /** Database name (tests use one per case). */
  name?: string;
  /** The clock, as an ISO 8601 string (tests fix it). */
  now?: () => string;
}

/** The record's id: the page's normalised address (one page over time), else its text's hash. */
function articleId(urlKey: string | null, hash: string): string {
  return urlKey ? `u:${urlKey}` : `h:${hash}`;
}

function toRecord(article: Article, capturedAt: string): ArticleRecord {
  const canonicalUrl = cleanUrl(article.canonicalUrl ?? article.url);
  const hash = contentHash(article.text, article.paragraphs);
  return {
    id: articleId(normalizeUrl(canonicalUrl), hash),
    url: article.url,
    canonicalUrl,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    modifiedTime: article.modifiedTime,
    lang: article.lang,
    capturedAt,
    firstCapturedAt: capturedAt,
    text: article.text,
    paragraphs: article.paragraphs,
    partial: article.partial ?? false,
    contentHash: hash,
  };
}

/** The source of a click or automatic capture; records of this source carry no `source` field. */
const READER: ArticleSource = { kind: 'reader', feedUrl: null, entryOnly: false };

/**
 * Where a stored article came from once captured again: the reader's capture is kept for good (a feed
 * seeing the article later does not make it prunable), and a read page replaces a feed entry's summary.
 */
function mergedSource(stored: ArticleSource | undefined, captured: ArticleSource): ArticleSource {
  if (!stored) return captured;
  return {
    kind: stored.kind === 'reader' || captured.kind === 'reader' ? 'reader' : 'feed',
    feedUrl: captured.feedUrl ?? stored.feedUrl,
    entryOnly: stored.entryOnly && captured.entryOnly,
  };
}

function matchesSearch(record: ArticleRecord, words: string[]): boolean {
  const haystack =
    `${record.title}\n${record.siteName ?? ''}\n${record.url ?? ''}\n${record.text}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** The library over one open database. */
export class Library {
  constructor(
    private readonly db: IDBPDatabase<LibrarySchema>,
    private readonly now: () => string,
  ) {}

  /**
   * Stores a capture. The same text again only refreshes the capture time; a changed text keeps the old one.
   * `source` says where it came from (the reader's own when not given; see mergedSource).
   */
  async saveCapture(captured: Article, source: ArticleSource = READER): Promise<SaveResult> {
    // Whoever read the page (a click, automatic capture, a feed), the record goes through one schema.
    const read = readArticle(captured);
    if (!read.ok) throw new LibraryError(`This capture could not be saved (${read.reason}).`, 'not-article');
    const article = read.value;
    if (article.text.trim() === '') {
      throw new LibraryError('This page has no article text to save.', 'not-article');
    }
    const record = toRecord(article, this.now());
    const tx = this.db.transaction(['articles', 'versions'], 'readwrite');
    try {
      const stored = await tx.objectStore('articles').get(record.id);
      // A feed entry's summary giving way to the page's text is the first real read, not an edit.
      const wasEntry = stored?.source?.entryOnly === true && !source.entryOnly;
      const changed = stored !== undefined && stored.contentHash !== record.contentHash && !wasEntry;
      if (stored) record.firstCapturedAt = stored.firstCapturedAt;
      const saved: ArticleRecord =
        changed || !stored || wasEntry ? record : { ...stored, capturedAt: record.capturedAt };
      // A new text keeps the page's re-check schedule: a re-check finding an edit must not restart it.
      if (stored?.recheck) saved.recheck = stored.recheck;
      const kept = mergedSource(stored ? (stored.source ?? READER) : undefined, source);
      if (kept.kind === 'reader' && kept.feedUrl === null) delete saved.source;
      else saved.source = kept;
      if (changed) await tx.objectStore('versions').put(versionOf(stored));
      await tx.objectStore('articles').put(saved);
      const previous = await tx.objectStore('versions').index('articleId').getAll(record.id);
      await tx.done;
      previous.sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : 1));
      return {
        article: saved,
        isNewArticle: !stored,
        isNewVersion: changed,
        previousVersions: previous,
        replacedEntry: wasEntry && stored.contentHash !== record.contentHash,
      };
    } catch (error) {
      return explainWriteError(error, tx);
    }
  }

  /** One stored article, or undefined. */
  getArticle(id: string): Promise<ArticleRecord | undefined> {
    return this.db.get('articles', id);
  }

  /** Earlier versions of one article, oldest first. */
  async getVersions(articleId: string): Promise<VersionRecord[]> {
    const versions = await this.db.getAllFromIndex('versions', 'articleId', articleId);
    return versions.sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : 1));
  }

  /** How many earlier texts each article has kept (articles without any are left out). */
  async earlierTextCounts(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    // A version's key is "articleId@hash" (records.ts): the keys alone say whose it is.
    for (const key of await this.db.getAllKeys('versions')) {
      const articleId = key.slice(0, key.lastIndexOf('@'));
      counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
    }
    return counts;
  }

  /** The `limit` most recently captured articles, newest first, read with a cursor (nothing more is loaded). */
  async recentArticles(limit: number): Promise<ArticleRecord[]> {
    const found: ArticleRecord[] = [];
    const tx = this.db.transaction('articles');
    for (
      let cursor = await tx.store.index('capturedAt').openCursor(null, 'prev');
      cursor && found.length < limit;
      cursor = await cursor.continue()
    )
      found.push(cursor.value);
    return found;
  }

  /** Stored articles, latest capture first; `search` keeps those containing every word of it. */
  async listArticles(options: { search?: string } = {}): Promise<ArticleRecord[]> {
    const words = (options.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const all = await this.db.getAllFromIndex('articles', 'capturedAt');
    return all.reverse().filter((r) => matchesSearch(r, words));
  }

  /** Deletes an article and its earlier versions. */
  async deleteArticle(id: string): Promise<void> {
    const tx = this.db.transaction(['articles', 'versions'], 'readwrite');
    const versionKeys = await tx.objectStore('versions').index('articleId').getAllKeys(id);
    await Promise.all([
      tx.objectStore('articles').delete(id),
      ...versionKeys.map((k) => tx.objectStore('versions').delete(k)),
    ]);
    await tx.done;
  }

  /** Records an upgrade set aside because it could not carry them over, oldest first. */
  listDamaged(): Promise<DamagedRecord[]> {
    return this.db.getAll('damaged');
  }

  /** Deletes everything; answers how many articles there were. */
  async clearAll(): Promise<number> {
    const tx = this.db.transaction(['articles', 'versions', 'snapshots', 'damaged'], 'readwrite');
    const count = await tx.objectStore('articles').count();
    await Promise.all([
      tx.objectStore('articles').clear(),
      tx.objectStore('versions').clear(),
      tx.objectStore('snapshots').clear(),
      tx.objectStore('damaged').clear(),
      tx.done,
    ]);
    return count;
  }

  /** The whole library as a backup object (JSON-safe). */
  exportBackup(): Promise<Backup> {
    return exportBackup(this.db, this.now());
  }

  /** Merges a backup file's text into the library; see backup.ts. */
  importBackup(json: string): Promise<ImportReport> {
    return importBackup(this.db, json);
  }

  /** The whole library as backup text in pieces, read a batch at a time; see stream.ts. */
  /** Stored articles in key order (after the id `after`), a batch per transaction: memory bounded by one. */
  async *articleBatches(after?: string): AsyncGenerator<ArticleRecord[]> {
    for await (const values of batchesOf(this.db, 'articles', after)) yield values as ArticleRecord[];
  }

  exportPieces(onProgress?: (progress: Progress) => void): AsyncGenerator<string> {
    return exportPieces(this.db, this.now(), onProgress);
  }

  /** Restores a backup from a stream of its text, a batch at a time; see stream.ts. */
  importStream(
    chunks: AsyncIterable<string>,
    onProgress?: (progress: Progress) => void,
  ): Promise<ImportReport> {
    return importStream(this.db, chunks, onProgress);
  }

  /** Ids of all stored articles. */
  articleIds(): Promise<string[]> {
    return this.db.getAllKeys('articles');
  }

  /** Sets (or with null, ends) an article's re-check schedule; a deleted article is left deleted. */
  async setRecheck(id: string, recheck: RecheckState | null): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    const record = await tx.store.get(id);
    if (record) {
      if (recheck) record.recheck = recheck;
      else delete record.recheck;
      await tx.store.put(record);
    }
    await tx.done;
  }

  /** The followed feeds, in the order they were followed. */
  async listFeeds(): Promise<FeedRecord[]> {
    return (await this.db.getAll('feeds')).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  /** One followed feed, or undefined. */
  getFeed(url: string): Promise<FeedRecord | undefined> {
    return this.db.get('feeds', url);
  }

  /** Follows a feed or updates its poll state; the record goes through its schema like every other. */
  async putFeed(feed: FeedRecord): Promise<void> {
    const read = readRecord(FeedRecordSchema, feed);
    if (!read.ok) throw new LibraryError(`This feed could not be saved (${read.reason}).`, 'not-article');
    await this.db.put('feeds', read.value);
  }

  /** Unfollows a feed; its articles stay unless the reader removes them too (deleteFeedArticles). */
  async deleteFeed(url: string): Promise<void> {
    await this.db.delete('feeds', url);
  }

  /** Ids of the articles a feed brought that the reader never captured themselves. */
  async feedArticleIds(feedUrl: string): Promise<string[]> {
    const all = await this.db.getAll('articles');
    return all.filter((r) => r.source?.kind === 'feed' && r.source.feedUrl === feedUrl).map((r) => r.id);
  }

  /** How many stored articles each feed brought (the reader's own included when a feed also carried them). */
  async countsByFeed(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const r of await this.db.getAll('articles')) {
      const url = r.source?.feedUrl;
      if (url) counts.set(url, (counts.get(url) ?? 0) + 1);
    }
    return counts;
  }

  /** A snapshot of derived data, or undefined. */
  async loadSnapshot(id: string): Promise<unknown> {
    return (await this.db.get('snapshots', id))?.data;
  }

  /** Keeps a snapshot of derived data; a refused write is not an error (the snapshot only saves work). */
  async saveSnapshot(id: string, data: unknown): Promise<void> {
    await this.db.put('snapshots', { id, savedAt: this.now(), data }).catch(() => undefined);
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }
}

/** Opens the library through `factory` (the worker passes `indexedDB`, tests fake-indexeddb's factory). */
export async function openLibrary(factory: IDBFactory, options: LibraryOptions = {}): Promise<Library> {
  const db = await openDatabase(factory, options.name ?? DB_NAME);
  return new Library(db, options.now ?? (() => new Date().toISOString()));
}
