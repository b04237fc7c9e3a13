// Shape checks for every worker request: anything that is not exactly what the protocol says is refused.
import type { RequestMessage, RequestType, WorkerRequests } from '../shared/messages';

type Params<K extends RequestType> = Parameters<WorkerRequests[K]>[0];
type Check<K extends RequestType> = (
  params: Record<string, unknown>,
) => params is Params<K> & Record<string, unknown>;

const isTabId = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isHttp = (v: unknown) => typeof v === 'string' && v.length <= 2_000 && /^https?:\/\/[^/\s]+/i.test(v);
const only = (params: Record<string, unknown>, keys: string[]) =>
  Object.keys(params).every((k) => keys.includes(k));

const checks: { [K in RequestType]: Check<K> } = {
  captureTab: (p): p is Params<'captureTab'> & Record<string, unknown> =>
    only(p, ['tabId']) && isTabId(p.tabId),
  getTabState: (p): p is Params<'getTabState'> & Record<string, unknown> =>
    only(p, ['tabId']) && isTabId(p.tabId),
  compareArticles: (p): p is Params<'compareArticles'> & Record<string, unknown> =>
    only(p, ['baseId', 'otherId']) && isId(p.baseId) && isId(p.otherId),
  listLibrary: (p): p is Params<'listLibrary'> & Record<string, unknown> =>
    only(p, ['search']) &&
    (p.search === undefined || (typeof p.search === 'string' && p.search.length <= 500)),
  listStories: (p): p is Params<'listStories'> & Record<string, unknown> =>
    only(p, ['search', 'articles']) &&
    (p.search === undefined || (typeof p.search === 'string' && p.search.length <= 500)) &&
    (p.articles === undefined ||
      (typeof p.articles === 'number' &&
        Number.isInteger(p.articles) &&
        p.articles > 0 &&
        p.articles <= 100_000)),
  getStoredCopy: (p): p is Params<'getStoredCopy'> & Record<string, unknown> => only(p, ['id']) && isId(p.id),
  deleteArticle: (p): p is Params<'deleteArticle'> & Record<string, unknown> => only(p, ['id']) && isId(p.id),
  clearLibrary: (p): p is Params<'clearLibrary'> & Record<string, unknown> => only(p, []),
  exportLibrary: (p): p is Params<'exportLibrary'> & Record<string, unknown> => only(p, []),
  importLibrary: (p): p is Params<'importLibrary'> & Record<string, unknown> =>
    only(p, ['text']) && typeof p.text === 'string',
  libraryRestored: (p): p is Params<'libraryRestored'> & Record<string, unknown> => only(p, []),
  listDamaged: (p): p is Params<'listDamaged'> & Record<string, unknown> => only(p, []),
  findFeeds: (p): p is Params<'findFeeds'> & Record<string, unknown> =>
    only(p, ['address']) && typeof p.address === 'string' && p.address.length <= 2_000,
  followFeed: (p): p is Params<'followFeed'> & Record<string, unknown> =>
    only(p, ['url', 'title', 'siteUrl']) &&
    isHttp(p.url) &&
    typeof p.title === 'string' &&
    p.title.length <= 500 &&
    (p.siteUrl === null || isHttp(p.siteUrl)),
  listFeeds: (p): p is Params<'listFeeds'> & Record<string, unknown> => only(p, []),
  unfollowFeed: (p): p is Params<'unfollowFeed'> & Record<string, unknown> =>
    only(p, ['url', 'removeArticles']) && isHttp(p.url) && typeof p.removeArticles === 'boolean',
  pollFeeds: (p): p is Params<'pollFeeds'> & Record<string, unknown> => only(p, []),
  listChanged: (p): p is Params<'listChanged'> & Record<string, unknown> => only(p, []),
};

/** Returns the message typed when it is a well-formed request, or null. */
export function parseRequest(message: unknown): RequestMessage | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const { type, params, ...rest } = message as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof type !== 'string' || !Object.hasOwn(checks, type)) return null;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  const check = checks[type as RequestType] as (p: Record<string, unknown>) => boolean;
  return check(params as Record<string, unknown>) ? ({ type, params } as RequestMessage) : null;
}
