// The library page's requests: the library grouped by story (the match index's same-story decisions), and
// one stored copy for the reading view.
import type { LibraryArticle, StoredCopy, StoryGroup } from '../../shared/messages';
import type { ArticleRecord } from '../../store/schema';
import { entryOf, getServices, loadVersion, type Services } from '../services';
import { groupStories } from '../story-groups';
import { summarize } from '../summary';

/** The last grouping, kept until an article is added, changed or deleted: a query per article is not free. */
let cached: { key: string; groups: string[][] } | null = null;

function groupsOf({ index }: Services, records: ArticleRecord[]): string[][] {
  const key = records.map((r) => `${r.id} ${r.contentHash}`).join('\n');
  if (cached?.key === key) return cached.groups;
  const byId = new Map(records.map((r) => [r.id, r]));
  const groups = groupStories(
    records.map((r) => r.id),
    (id) =>
      index
        .query(entryOf(byId.get(id) as ArticleRecord), { top: 20, excludeId: id })
        .filter((m) => m.sameStory)
        .map((m) => m.id),
  );
  cached = { key, groups };
  return groups;
}

function libraryArticle(record: ArticleRecord, earlier: Map<string, number>): LibraryArticle {
  return { ...summarize(record), texts: 1 + (earlier.get(record.id) ?? 0) };
}

/** Newest publication first; articles without a date after those with one, newest capture first. */
function byPublication(a: LibraryArticle, b: LibraryArticle): number {
  const [x, y] = [a.publishedTime ?? '', b.publishedTime ?? ''];
  if (x !== y) return x === '' ? 1 : y === '' ? -1 : y.localeCompare(x);
  return b.capturedAt.localeCompare(a.capturedAt);
}

export async function listStories({ search }: { search?: string }): Promise<StoryGroup[]> {
  const services = await getServices();
  const { library } = services;
  const [records, earlier, matching] = await Promise.all([
    library.listArticles(),
    library.earlierTextCounts(),
    search ? library.listArticles({ search }) : Promise.resolve(null),
  ]);
  const byId = new Map(records.map((r) => [r.id, r]));
  const wanted = matching ? new Set(matching.map((r) => r.id)) : null;
  return groupsOf(services, records)
    .filter((ids) => !wanted || ids.some((id) => wanted.has(id)))
    .map((ids) => {
      const articles = ids.map((id) => libraryArticle(byId.get(id) as ArticleRecord, earlier));
      const latest = articles[0] as LibraryArticle;
      articles.sort(byPublication);
      return {
        id: latest.id,
        title: latest.title,
        articles,
        versions: articles.reduce((n, a) => n + a.texts, 0),
        outlets: [...new Set(articles.map((a) => a.outlet).filter(Boolean))],
      };
    });
}

export async function getStoredCopy({ id }: { id: string }): Promise<StoredCopy> {
  const services = await getServices();
  const { library } = services;
  const loaded = await loadVersion(library, id);
  if (!loaded) throw new Error('This article is no longer in your library.');
  const { record, article } = loaded;
  const [versions, earlier, records] = await Promise.all([
    library.getVersions(record.id),
    library.earlierTextCounts(),
    library.listArticles(),
  ]);
  const shown = versions.find((v) => v.id === id);
  const group = groupsOf(services, records).find((ids) => ids.includes(record.id)) ?? [record.id];
  const byId = new Map(records.map((r) => [r.id, r]));
  return {
    article: {
      ...libraryArticle(record, earlier),
      id,
      title: article.title,
      ...(shown ? { capturedAt: shown.capturedAt } : {}),
      words: article.text.split(/\s+/).filter(Boolean).length,
    },
    byline: record.byline,
    paragraphs: article.paragraphs,
    earlier: versions.map((v) => ({ id: v.id, capturedAt: v.capturedAt, title: v.title })),
    currentId: record.id,
    story: group
      .filter((other) => other !== record.id)
      .map((other) => libraryArticle(byId.get(other) as ArticleRecord, earlier))
      .sort(byPublication),
  };
}
