// captureTab: the toolbar click's work — read the article in the tab, keep it in the library, find the
// other versions of its story and compare it with them.
import type { Article, Match } from '../../core/model';
import { settleArticle } from '../../core/outlet';
import { compareWithVersions, type Version } from '../../core/versions';
import type { CaptureOutcome, VersionFound } from '../../shared/messages';
import type { ArticleRecord } from '../../store/schema';
import { captureFromTab } from '../inject';
import { entryOf, getServices, loadVersion, scheduleIndexSnapshot, type Services } from '../services';
import { summarize } from '../summary';
import { saveTabState, setBadge } from '../tab-state';

/** How many versions the worker compares in full when the reader clicks (the closest first). */
const COMPARED_VERSIONS = 5;

/** The other versions of a stored article: other outlets that match, and its own earlier captures. */
async function findVersions(
  { library, index }: Services,
  record: ArticleRecord,
  earlier: { id: string; capturedAt: string }[],
) {
  const matches = index
    .query(entryOf(record), { top: 20, excludeId: record.id })
    .filter((m: Match) => m.sameStory);
  const found: { summary: VersionFound; article: Article }[] = [];
  for (const previous of [...earlier].reverse()) {
    const loaded = await loadVersion(library, previous.id);
    if (loaded) {
      const summary = {
        ...summarize(loaded.record),
        id: previous.id,
        capturedAt: previous.capturedAt,
        score: 1,
        sameUrl: true,
      };
      found.push({ summary, article: loaded.article });
    }
  }
  for (const match of matches) {
    const loaded = await loadVersion(library, match.id);
    if (loaded)
      found.push({
        summary: { ...summarize(loaded.record), score: match.score, sameUrl: match.sameUrl === true },
        article: loaded.article,
      });
  }
  return found;
}

/** Stores a captured article, finds its versions and compares: the outcome the popup shows. */
export async function processCapture(tabId: number, captured: Article): Promise<CaptureOutcome> {
  // The content script reads what the page declares; the outlet's name from its address, decoded titles
  // and plausible dates are settled here, where the public-suffix list and the entity table live.
  const article = settleArticle(captured);
  const services = await getServices();
  const saved = await services.library.saveCapture(article);
  // The same text again changes nothing the index knows: no re-indexing, no snapshot rewrite.
  if (saved.isNewArticle || saved.isNewVersion) {
    services.index.add(entryOf(saved.article));
    scheduleIndexSnapshot(services);
  }
  const found = await findVersions(services, saved.article, saved.previousVersions);
  const base: Version = { id: saved.article.id, article };
  const compared = found.slice(0, COMPARED_VERSIONS);
  const story = compareWithVersions(
    base,
    compared.map((f) => ({ id: f.summary.id, article: f.article })),
  );
  const closest = compared[0];
  const outcome: CaptureOutcome = {
    status: 'captured',
    article: summarize(saved.article),
    partial: saved.article.partial,
    isNewVersion: saved.isNewVersion,
    versions: found.map((f) => f.summary),
    comparison: closest ? (story.comparisons.get(closest.summary.id) ?? null) : null,
    comparedWith: closest?.summary.id ?? null,
    missing: story.missing,
    facts: story.facts,
  };
  // The popup is waiting: answer first, then record the outcome for the side panel and the badge.
  void Promise.all([saveTabState(tabId, outcome), setBadge(tabId, found.length)]).catch(() => undefined);
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
