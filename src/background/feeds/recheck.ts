// Re-checks of articles the reader read: on sites StoryDiff may read (followed or granted), each is fetched
// again on a schedule that backs off (30 min, 2 h, 6 h, 1 day, 3 days, 7 days, then never), read by the
// same core, and stored through the one pipeline; a text that really changed becomes a new version.
import { decodePage, nextRecheck } from '../../core/feed';
import type { ChangedArticle } from '../../shared/messages';
import type { Library } from '../../store/library';
import { storeArticle } from '../pipeline';
import { FetchProblem, PAGE_LIMITS, politeFetch } from './fetcher';
import { HostQueue } from './hosts';
import type { PollDeps } from './poller';

/** An article found changed since the reader read it. */
export type Changed = ChangedArticle;

/** Starts the schedule of an article the reader just read. */
export async function scheduleRecheck(library: Library, id: string, now: number): Promise<void> {
  const next = nextRecheck(now, 0);
  await library.setRecheck(id, {
    readAt: new Date(now).toISOString(),
    done: 0,
    nextAt: next === null ? null : new Date(next).toISOString(),
  });
}

/** Re-checks every due article whose site may be read; answers those whose text changed. */
export async function recheckRound(deps: PollDeps, queue = new HostQueue()): Promise<Changed[]> {
  const { library } = deps.services;
  const now = deps.now();
  const due = (await library.listArticles()).filter(
    (r) => r.recheck?.nextAt && Date.parse(r.recheck.nextAt) <= now && r.url && /^https?:/.test(r.url),
  );
  const changed: Changed[] = [];
  await Promise.all(
    due.map(async (record) => {
      const url = record.url as string;
      const state = record.recheck!;
      if (!(await deps.allowed(url))) return;
      try {
        const page = await queue.run(url, () =>
          politeFetch(url, {
            limits: deps.limits?.page ?? PAGE_LIMITS,
            allowed: deps.allowed,
            ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
          }),
        );
        const result =
          page.status === 200
            ? deps.readPage(decodePage(page.bytes, page.headers.contentType), page.url)
            : null;
        if (result?.ok && !result.article.partial) {
          const { saved } = await storeArticle(deps.services, result.article);
          const read = saved.previousVersions.at(-1);
          if (saved.isNewVersion && read)
            changed.push({
              id: saved.article.id,
              readId: read.id,
              title: saved.article.title,
              foundAt: new Date(now).toISOString(),
            });
        }
      } catch (error) {
        if (!(error instanceof FetchProblem)) throw error;
      }
      // Whatever the answer, the schedule moves on: a page that keeps failing is not asked more often.
      const done = state.done + 1;
      const next = nextRecheck(Date.parse(state.readAt), done);
      await library.setRecheck(record.id, {
        ...state,
        done,
        nextAt: next === null ? null : new Date(next).toISOString(),
      });
    }),
  );
  return changed;
}
