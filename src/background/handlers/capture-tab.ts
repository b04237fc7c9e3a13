// captureTab: the toolbar click's work — read the article in the tab and summarise it.
import type { Article } from '../../core/model';
import type { ArticleSummary, CaptureOutcome } from '../../shared/messages';
import { captureFromTab } from '../inject';

/** The host name of an address, or "" when it has none. */
function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** A list entry for an article. */
export function summarize(id: string, article: Article, capturedAt: string): ArticleSummary {
  return {
    id,
    title: article.title,
    outlet: article.siteName ?? hostOf(article.canonicalUrl ?? article.url),
    url: article.canonicalUrl ?? article.url,
    publishedTime: article.publishedTime,
    capturedAt,
    words: article.text.split(/\s+/).filter(Boolean).length,
  };
}

export async function captureTab({ tabId }: { tabId: number }): Promise<CaptureOutcome> {
  const result = await captureFromTab(tabId);
  if (!result.ok) return { status: 'not-article', reason: result.reason, message: result.message };
  const capturedAt = new Date().toISOString();
  return {
    status: 'captured',
    article: summarize(`tab-${tabId}`, result.article, capturedAt),
    partial: result.article.partial === true,
    isNewVersion: true,
    versions: [],
    comparison: null,
    comparedWith: null,
    missing: [],
  };
}
