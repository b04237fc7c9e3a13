// The one tab-free pipeline: a page's Article in (from a click, automatic capture, a followed feed or a
// re-check), stored with where it came from and indexed, then matched and compared with the other
// versions of its story. Tab state and the badge are the click's business (handlers/capture-tab.ts).
import { POSSIBLY_RELATED } from '../core/match';
import type { Article } from '../core/model';
import { settleArticle } from '../core/outlet';
import { storyReport } from '../core/story';
import { compareWithVersions, type Version } from '../core/versions';
import type { CaptureOutcome, VersionFound } from '../shared/messages';
import type { SaveResult } from '../store/library';
import type { ArticleRecord, ArticleSource } from '../store/schema';
import { entryOf, loadVersion, scheduleIndexSnapshot, type Services } from './services';
import { summarize } from './summary';

/** How many versions the worker compares in full when the reader clicks (the closest first). */
const COMPARED_VERSIONS = 5;

/** How many possibly related articles the popup lists apart (never compared unless the reader asks). */
const RELATED_LISTED = 5;

type Found = { summary: VersionFound; article: Article };

/**
 * The other versions of a stored article — its own earlier captures, then other outlets the matcher is
 * confident about — and apart from them the articles possibly related to it (summaries only: never compared
 * unless the reader picks one).
 */
export async function findVersions(
  { library, index }: Services,
  record: ArticleRecord,
  earlier: { id: string; capturedAt: string }[],
): Promise<{ versions: Found[]; related: VersionFound[] }> {
  const matches = index.query(entryOf(record), { top: 20, excludeId: record.id });
  const versions: Found[] = [];
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
      versions.push({ summary, article: loaded.article });
    }
  }
  const related: VersionFound[] = [];
  for (const match of matches) {
    if (versions.some((v) => v.summary.id === match.id)) continue;
    const confident = match.sameStory;
    if (!confident && (match.score < POSSIBLY_RELATED || related.length >= RELATED_LISTED)) continue;
    const loaded = await loadVersion(library, match.id);
    if (!loaded) continue;
    const summary = { ...summarize(loaded.record), score: match.score, sameUrl: match.sameUrl === true };
    if (confident) versions.push({ summary, article: loaded.article });
    else related.push(summary);
  }
  return { versions, related };
}

/**
 * Stores an article read from a page (or a feed entry) and indexes it for matching. Whoever read the page
 * gives what it declares; the outlet's name from its address, decoded titles and plausible dates are
 * settled here, where the public-suffix list and the entity table live.
 */
export async function storeArticle(
  services: Services,
  captured: Article,
  source?: ArticleSource,
): Promise<{ article: Article; saved: SaveResult }> {
  const article = settleArticle(captured);
  const saved = await services.library.saveCapture(article, source);
  // The same text again changes nothing the index knows: no re-indexing, no snapshot rewrite.
  if (saved.isNewArticle || saved.isNewVersion || saved.replacedEntry) {
    services.index.add(entryOf(saved.article));
    scheduleIndexSnapshot(services);
  }
  return { article, saved };
}

/** Finds a stored article's versions and compares it with the closest ones: the outcome the popup shows. */
export async function compareStored(
  services: Services,
  { article, saved }: { article: Article; saved: SaveResult },
): Promise<Extract<CaptureOutcome, { status: 'captured' }>> {
  const { versions, related } = await findVersions(services, saved.article, saved.previousVersions);
  const base: Version = { id: saved.article.id, article };
  const compared = versions.slice(0, COMPARED_VERSIONS);
  const story = compareWithVersions(
    base,
    compared.map((f) => ({ id: f.summary.id, article: f.article })),
  );
  const closest = compared[0];
  const summary = summarize(saved.article);
  const found = versions.map((f) => f.summary);
  return {
    status: 'captured',
    article: summary,
    partial: saved.article.partial,
    isNewVersion: saved.isNewVersion,
    versions: found,
    related,
    comparison: closest ? (story.comparisons.get(closest.summary.id) ?? null) : null,
    comparedWith: closest?.summary.id ?? null,
    report: storyReport(summary, found, story, related),
    facts: story.facts,
  };
}

/** The whole pipeline: store, index, match, compare. */
export async function processArticle(
  services: Services,
  captured: Article,
  source?: ArticleSource,
): Promise<Extract<CaptureOutcome, { status: 'captured' }>> {
  return compareStored(services, await storeArticle(services, captured, source));
}
