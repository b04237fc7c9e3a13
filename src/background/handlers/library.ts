// Library requests from the options page and the side panel: list, compare, delete, clear, back up, restore.
import { compare } from '../../core/compare';
import type { MatchIndex } from '../../core/match';
import type { ArticleSummary, DamagedSummary, PairComparison } from '../../shared/messages';
import type { ArticleRecord } from '../../store/schema';
import { entryOf, getServices, loadVersion, scheduleIndexSnapshot } from '../services';
import { summarize } from '../summary';

export async function listLibrary({ search }: { search?: string }): Promise<ArticleSummary[]> {
  const { library } = await getServices();
  return (await library.listArticles(search ? { search } : {})).map(summarize);
}

export async function compareArticles({
  baseId,
  otherId,
}: {
  baseId: string;
  otherId: string;
}): Promise<PairComparison> {
  const { library, index } = await getServices();
  const [base, other] = await Promise.all([loadVersion(library, baseId), loadVersion(library, otherId)]);
  if (!base || !other) throw new Error('One of these articles is no longer in your library.');
  // The reader chose the pair: it is compared whatever the matcher says, and the matcher's verdict is shown
  // beside it in the same figure the version picker gives.
  const comparison = compare(base.article, other.article, { sameStoryThreshold: 0 });
  return { ...comparison, match: matchBetween(index, base.record, other.record) };
}

/**
 * The matcher's verdict on two stored articles: 1 for texts of one page; otherwise the probability the
 * index gives the other when the base is the query, 0 when it is not even a candidate.
 */
export function matchBetween(
  index: Pick<MatchIndex, 'query'>,
  base: ArticleRecord,
  other: ArticleRecord,
): PairComparison['match'] {
  if (base.id === other.id) return { score: 1, sameStory: true, sameUrl: true };
  const found = index
    .query(entryOf(base), { top: Number.MAX_SAFE_INTEGER, excludeId: base.id })
    .find((m) => m.id === other.id);
  if (!found) return { score: 0, sameStory: false };
  return { score: found.score, sameStory: found.sameStory, ...(found.sameUrl ? { sameUrl: true } : {}) };
}

export async function deleteArticle({ id }: { id: string }): Promise<{ deleted: boolean }> {
  const services = await getServices();
  const { library, index } = services;
  const existed = (await library.getArticle(id)) !== undefined;
  await library.deleteArticle(id);
  index.remove(id);
  scheduleIndexSnapshot(services);
  return { deleted: existed };
}

export async function clearLibrary(): Promise<{ cleared: number }> {
  const { library, index } = await getServices();
  const cleared = await library.clearAll();
  index.clear();
  return { cleared };
}

export async function exportLibrary(): Promise<{ json: string; count: number }> {
  const { library } = await getServices();
  const backup = await library.exportBackup();
  return { json: JSON.stringify(backup, null, 1), count: backup.articles.length };
}

export async function importLibrary({
  text,
}: {
  text: string;
}): Promise<{ added: number; skipped: number; errors: string[] }> {
  const services = await getServices();
  const { library, index } = services;
  const report = await library.importBackup(text);
  for (const record of await library.listArticles()) if (!index.has(record.id)) index.add(entryOf(record));
  scheduleIndexSnapshot(services);
  const errors = report.errors.map(
    (e) => `${e.store === 'articles' ? 'article' : 'version'} ${e.index + 1}: ${e.reason}`,
  );
  return { added: report.added, skipped: report.skipped, errors };
}

export async function listDamaged(): Promise<DamagedSummary[]> {
  const { library } = await getServices();
  return (await library.listDamaged()).map(({ store, key, reason, setAsideAt }) => ({
    store,
    key,
    reason,
    setAsideAt,
  }));
}

/** Work one indexing request may do before it answers: a message is no place for minutes of work. */
const INDEXING_SLICE_MS = 10_000;

let indexing: Promise<{ indexed: number; done: boolean }> | null = null;
/** Where the last slice stopped (an article id), so the next one goes on from there. */
let resumeAfter: string | undefined;

/**
 * After a restore the options page wrote itself: indexes the articles the match index does not know yet,
 * for up to INDEXING_SLICE_MS, and says whether it is done; the page asks again until it is (and shows the
 * progress). A second call while one runs gets the same answer (two loops would each find an article
 * missing and add it twice).
 */
export function libraryRestored(): Promise<{ indexed: number; done: boolean }> {
  indexing ??= indexMissing().finally(() => {
    indexing = null;
  });
  return indexing;
}

async function indexMissing(): Promise<{ indexed: number; done: boolean }> {
  const services = await getServices();
  const { library, index } = services;
  const started = Date.now();
  let indexed = 0;
  // A batch of records per read (one transaction each) instead of a read and a transaction per article.
  for await (const batch of library.articleBatches(resumeAfter)) {
    for (const record of batch) {
      if (index.has(record.id)) continue;
      index.add(entryOf(record));
      indexed++;
    }
    resumeAfter = batch[batch.length - 1]?.id;
    if (Date.now() - started > INDEXING_SLICE_MS) {
      scheduleIndexSnapshot(services);
      return { indexed, done: false };
    }
  }
  resumeAfter = undefined;
  scheduleIndexSnapshot(services);
  return { indexed, done: true };
}
