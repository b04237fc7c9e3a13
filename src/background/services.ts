// What the worker holds: the reader's library (IndexedDB) and the match index over it, opened once per
// worker life. The index is rebuilt from the library when the worker starts, so it never goes stale.
import { MatchIndex } from '../core/match';
import type { Article, LibraryEntry } from '../core/model';
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
    publishedTime: record.publishedTime,
    modifiedTime: version ? version.modifiedTime : record.modifiedTime,
    lang: record.lang,
    leadImageUrl: null,
    paragraphs: version?.paragraphs ?? record.paragraphs,
    text: version?.text ?? record.text,
    partial: record.partial,
  };
}

async function open(): Promise<Services> {
  const library = await openLibrary(indexedDB);
  const index = new MatchIndex();
  for (const record of await library.listArticles()) index.add(entryOf(record));
  return { library, index };
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
