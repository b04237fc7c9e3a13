// Library requests from the options page and the side panel: list, compare, delete, clear, back up, restore.
import type { Comparison } from '../../core/model';
import { compare } from '../../core/compare';
import type { ArticleSummary, DamagedSummary } from '../../shared/messages';
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
}): Promise<Comparison> {
  const { library } = await getServices();
  const [base, other] = await Promise.all([loadVersion(library, baseId), loadVersion(library, otherId)]);
  if (!base || !other) throw new Error('One of these articles is no longer in your library.');
  // Versions offered to compare with are the matcher's same-story picks: see compareWithVersions.
  return compare(base.article, other.article, { sameStoryThreshold: 0 });
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

/** After a restore the options page wrote itself: the articles the match index does not know yet. */
export async function libraryRestored(): Promise<{ indexed: number }> {
  const services = await getServices();
  const { library, index } = services;
  let indexed = 0;
  for (const id of await library.articleIds()) {
    if (index.has(id)) continue;
    const record = await library.getArticle(id);
    if (record) {
      index.add(entryOf(record));
      indexed++;
    }
  }
  scheduleIndexSnapshot(services);
  return { indexed };
}
