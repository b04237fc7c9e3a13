// What the worker holds: the reader's library (IndexedDB) and the match index over it, opened once per
// worker life. The index is rebuilt from the library when the worker starts, so it never goes stale.
// Every language's stemmer and word lists: the worker tokenises, indexes and compares articles in their language.
import '../core/lang/all';
import { MatchIndex, type SerializedMatchIndex } from '../core/match';
import type { Article, LibraryEntry } from '../core/model';
import { plausibleTime } from '../core/outlet';
import type { ArticleRecord, VersionRecord } from '../store/schema';
import { openLibrary, type Library } from '../store/library';

/** The worker's long-lived state. */
export interface Services {
  library: Library;
  index: MatchIndex;
}

let services: Promise<Services> | null = null;

/** The library entry the matcher sees for a stored article. */
export function entryOf(record: ArticleRecord): LibraryEntry {
  return {
    id: record.id,
    text: record.text,
    title: record.title,
    ...(record.canonicalUrl ? { url: record.canonicalUrl } : {}),
    ...(record.publishedTime ? { published: record.publishedTime } : {}),
    ...(record.lang ? { lang: record.lang } : {}),
  };
}

/** The Article of a stored record, or of one of its earlier versions. */
export function articleOf(record: ArticleRecord, version?: VersionRecord): Article {
  return {
    title: version?.title ?? record.title,
    byline: record.byline,
    siteName: record.siteName,
    url: record.url,
    canonicalUrl: record.canonicalUrl,
    // Records kept before dates were checked at capture may hold 0001-01-01: never show such a date.
    publishedTime: plausibleTime(record.publishedTime),
    modifiedTime: plausibleTime(version ? version.modifiedTime : record.modifiedTime),
    lang: record.lang,
    leadImageUrl: null,
    paragraphs: version?.paragraphs ?? record.paragraphs,
    text: version?.text ?? record.text,
    partial: record.partial,
  };
}

const SNAPSHOT = 'match-index';

/**
 * The match index as the library's snapshot left it, brought up to date with the articles actually
 * stored (a worker stopped before saving, a backup imported, an article deleted): restoring takes a tenth
 * of the time of rebuilding, and the worker is restarted often.
 */
async function restoreIndex(library: Library): Promise<MatchIndex> {
  const [snapshot, ids] = await Promise.all([library.loadSnapshot(SNAPSHOT), library.articleIds()]);
  let index = new MatchIndex();
  try {
    if (snapshot) index = MatchIndex.fromJSON(snapshot as SerializedMatchIndex);
  } catch {
    index = new MatchIndex();
  }
  const stored = new Set(ids);
  for (const doc of (snapshot as SerializedMatchIndex | undefined)?.docs ?? []) {
    if (!stored.has(doc.id)) index.remove(doc.id);
  }
  for (const id of ids) {
    if (index.has(id)) continue;
    const record = await library.getArticle(id);
    if (record) index.add(entryOf(record));
  }
  return index;
}

let snapshotPending = false;

/**
 * Saves the index a second after the first unsaved change: a burst of changes writes it once, and a
 * steady stream of captures cannot postpone it until the browser stops the worker.
 */
export function scheduleIndexSnapshot({ library, index }: Services): void {
  if (snapshotPending) return;
  snapshotPending = true;
  setTimeout(() => {
    snapshotPending = false;
    void library.saveSnapshot(SNAPSHOT, index.toJSON());
  }, 1_000);
}

async function open(): Promise<Services> {
  const library = await openLibrary(indexedDB);
  return { library, index: await restoreIndex(library) };
}

/** The worker's services, opened on first use. */
export function getServices(): Promise<Services> {
  services ??= open().catch((error: unknown) => {
    services = null;
    throw error;
  });
  return services;
}

/** Finds a stored article, or an earlier version of one ("articleId@hash"), as an Article. */
export async function loadVersion(
  library: Library,
  id: string,
): Promise<{ record: ArticleRecord; article: Article } | null> {
  const at = id.lastIndexOf('@');
  const record = await library.getArticle(at > 0 ? id.slice(0, at) : id);
  if (!record) return null;
  if (at < 0) return { record, article: articleOf(record) };
  const version = (await library.getVersions(record.id)).find((v) => v.id === id);
  return version ? { record, article: articleOf(record, version) } : null;
}
