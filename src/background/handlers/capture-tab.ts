// captureTab: the toolbar click's work — read the article in the tab, keep it in the library, find the
// other versions of its story and compare it with them.
import type { Article } from '../../core/model';
import type { CaptureOutcome } from '../../shared/messages';
import { captureFromTab } from '../inject';
import { scheduleRecheck } from '../feeds/recheck';
import { processArticle } from '../pipeline';
import { getServices } from '../services';
import { saveTabState, setBadge } from '../tab-state';

/** Stores a captured article, finds its versions and compares: the outcome the popup shows. */
export async function processCapture(tabId: number, captured: Article): Promise<CaptureOutcome> {
  const services = await getServices();
  const outcome = await processArticle(services, captured);
  // Read now: fetched again later to catch edits, on sites StoryDiff may read (see feeds/recheck.ts).
  if (/^https?:/.test(outcome.article.url ?? ''))
    void scheduleRecheck(services.library, outcome.article.id, Date.now()).catch(() => undefined);
  // The popup is waiting: answer first, then record the outcome for the side panel and the badge.
  // The badge counts versions only, never the possibly related.
  void Promise.all([saveTabState(tabId, outcome), setBadge(tabId, outcome.versions.length)]).catch(
    () => undefined,
  );
  return outcome;
}

export async function captureTab({ tabId }: { tabId: number }): Promise<CaptureOutcome> {
  const result = await captureFromTab(tabId);
  if (!result.ok) {
    const outcome: CaptureOutcome = { status: 'not-article', reason: result.reason, message: result.message };
    await saveTabState(tabId, outcome);
    await setBadge(tabId, null);
    return outcome;
  }
  return processCapture(tabId, result.article);
}
