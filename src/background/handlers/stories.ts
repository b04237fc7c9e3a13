// The library page's requests: the library grouped by story (the match index's same-story decisions), and
// one stored copy for the reading view.
import type { LibraryArticle, StoredCopy, StoryGroup } from '../../shared/messages';
import type { ArticleRecord } from '../../store/schema';
import { entryOf, getServices, loadVersion, type Services } from '../services';
import { groupStories } from '../story-groups';
import { summarize } from '../summary';

/** How many of the most recently captured articles one page of the library groups by story. */
export const STORIES_PAGE = 200;

/** The stored articles the match index decides report the same story as `record` (one query). */
function sameStoryIds({ index }: Services, record: ArticleRecord): string[] {
  return index
    .query(entryOf(record), { top: 20, excludeId: record.id })
    .filter((m) => m.sameStory)
    .map((m) => m.id);
}

/**
 * `records` grouped by story, each group with its other versions even where they are not among `records`
 * (read from the library). A query per record: the cost follows the page shown, not the library's size
 * (grouping all of a 100,000-article library took a query per article, half an hour in the worker).
 */
async function groupsAround(
  services: Services,
  records: ArticleRecord[],
): Promise<{ groups: string[][]; byId: Map<string, ArticleRecord> }> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const neighbours = new Map(records.map((r) => [r.id, sameStoryIds(services, r)]));
  const others = [...new Set([...neighbours.values()].flat())].filter((id) => !byId.has(id));
  for (const r of await Promise.all(others.map((id) => services.library.getArticle(id))))
    if (r) byId.set(r.id, r);
  const ids = [...records.map((r) => r.id), ...others.filter((id) => byId.has(id))];
  return { groups: groupStories(ids, (id) => neighbours.get(id) ?? []), byId };
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

/**
 * The library grouped by story, the stories of the `articles` most recently captured articles first (or of
 * those matching `search`); `more` says whether older articles are left to show.
 */
export async function listStories({
  search,
  articles = STORIES_PAGE,
}: {
  search?: string;
  articles?: number;
}): Promise<{ stories: StoryGroup[]; more: boolean }> {
  const services = await getServices();
  const { library } = services;
  const [found, earlier] = await Promise.all([
    search ? library.listArticles({ search }) : library.recentArticles(articles + 1),
    library.earlierTextCounts(),
  ]);
  const more = found.length > articles;
  const { groups, byId } = await groupsAround(services, found.slice(0, articles));
  const stories = groups.map((ids) => {
    const members = ids.map((id) => libraryArticle(byId.get(id) as ArticleRecord, earlier));
    const latest = members[0] as LibraryArticle;
    members.sort(byPublication);
    return {
      id: latest.id,
      title: latest.title,
      articles: members,
      versions: members.reduce((n, a) => n + a.texts, 0),
      outlets: [...new Set(members.map((a) => a.outlet).filter(Boolean))],
    };
  });
  return { stories, more };
}

export async function getStoredCopy({ id }: { id: string }): Promise<StoredCopy> {
  const services = await getServices();
  const { library } = services;
  const loaded = await loadVersion(library, id);
  if (!loaded) throw new Error('This article is no longer in your library.');
  const { record, article } = loaded;
  const [versions, earlier] = await Promise.all([
    library.getVersions(record.id),
    library.earlierTextCounts(),
  ]);
  const shown = versions.find((v) => v.id === id);
  const { groups, byId } = await groupsAround(services, [record]);
  const group = groups.find((ids) => ids.includes(record.id)) ?? [record.id];
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
