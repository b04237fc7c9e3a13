// Every request StoryDiff makes for a followed outlet goes through here: no cookies or referrer, a
// timeout on the whole exchange, a size limit enforced while the body arrives, and redirects bounded
// (the platform's own bound of 20, then the final address must still be on a host the reader chose).

/** The platform's fetch, or a stand-in (tests). */
export type FetchImpl = typeof fetch;

/** Limits of one request. */
export interface FetchLimits {
  /** The whole exchange, headers and body, must end within this. */
  timeoutMs: number;
  /** A body larger than this is refused (by Content-Length up front, else as it arrives). */
  maxBytes: number;
}

export const FEED_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 2 ** 20 };
export const PAGE_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 2 ** 20 };

/** What came back. */
export interface Fetched {
  /** HTTP status (200, 304, 429, …). */
  status: number;
  /** The address answered from, after redirects. */
  url: string;
  /** Response headers StoryDiff reads. */
  headers: {
    etag: string | null;
    lastModified: string | null;
    retryAfter: string | null;
    contentType: string | null;
  };
  /** The body (empty for 304 and failures). */
  bytes: Uint8Array;
}

/** A request that did not give an answer to read; `message` is written for readers. */
export class FetchProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchProblem';
  }
}

/** Reads a body, refusing it as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchProblem(`The answer is too large (over ${Math.round(maxBytes / 2 ** 20)} MB).`);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchProblem(`The answer is too large (over ${Math.round(maxBytes / 2 ** 20)} MB).`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * One GET, politely: `credentials: 'omit'` (no cookies: no logged-in tracking, no paywall bypass), no
 * referrer, no HTTP cache (the conditional headers are ours), `allowed` checked on the final address.
 */
export async function politeFetch(
  url: string,
  options: {
    headers?: Record<string, string>;
    limits: FetchLimits;
    allowed: (url: string) => boolean | Promise<boolean>;
    fetchImpl?: FetchImpl;
  },
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await (options.fetchImpl ?? fetch)(url, {
        method: 'GET',
        headers: options.headers ?? {},
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) throw new FetchProblem('The site took too long to answer.');
      // The platform gives up after 20 redirects (a loop), or the network failed.
      throw new FetchProblem(
        `The site could not be reached (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const finalUrl = response.url || url;
    if (finalUrl !== url && !(await options.allowed(finalUrl))) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchProblem(`The site redirected to ${new URL(finalUrl).host}, which you have not chosen.`);
    }
    const headers = {
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      retryAfter: response.headers.get('retry-after'),
      contentType: response.headers.get('content-type'),
    };
    const ok = response.status >= 200 && response.status < 300;
    let bytes: Uint8Array;
    try {
      bytes = ok ? await readLimited(response, options.limits.maxBytes) : new Uint8Array(0);
    } catch (error) {
      if (controller.signal.aborted) throw new FetchProblem('The site took too long to answer.');
      throw error;
    }
    if (!ok) await response.body?.cancel().catch(() => undefined);
    return { status: response.status, url: finalUrl, headers, bytes };
  } finally {
    clearTimeout(timer);
  }
}
