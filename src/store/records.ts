// Conversions between the library's record kinds.
import type { ArticleRecord, VersionRecord } from './schema';

/** The earlier Version a stored article's current text becomes when a later capture differs. */
export function versionOf(record: ArticleRecord): VersionRecord {
  const { id, title, text, paragraphs, modifiedTime, capturedAt, contentHash: hash } = record;
  return {
    id: `${id}@${hash}`,
    articleId: id,
    title,
    text,
    paragraphs,
    modifiedTime,
    capturedAt,
    contentHash: hash,
  };
}
