// The list entry the popup, side panel and options page show for a stored article: glue between the
// store's record and the reader, kept free of browser APIs so a test can check it.
import '../core/lang/all';
import { languageOf } from '../core/lang';
import { outletFromUrl, plausibleTime } from '../core/outlet';
import type { ArticleSummary } from '../shared/messages';
import type { ArticleRecord } from '../store/schema';

/**
 * A list entry for a stored article. Records stored before outlets and dates were settled at capture may
 * lack an outlet or hold an impossible date (0001-01-01): both are mended here, for every list.
 */
export function summarize(record: ArticleRecord): ArticleSummary {
  return {
    id: record.id,
    title: record.title,
    outlet: record.siteName ?? outletFromUrl(record.canonicalUrl ?? record.url) ?? '',
    url: record.url ?? record.canonicalUrl,
    publishedTime: plausibleTime(record.publishedTime),
    capturedAt: record.capturedAt,
    words: record.text.split(/\s+/).filter(Boolean).length,
    partial: record.partial,
    feedUrl: record.source?.feedUrl ?? null,
    ...languageOfRecord(record),
  };
}

/** The language entry of a summary: absent for English and for records of no known language. */
function languageOfRecord(record: ArticleRecord): Pick<ArticleSummary, 'language'> {
  if (!record.lang) return {};
  const language = languageOf(record.lang);
  return language.code === 'en' ? {} : { language: { name: language.name, supported: language.supported } };
}
