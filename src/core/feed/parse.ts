// Any feed (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) read by feedsmith into the one item shape of model.ts:
// links resolved against the feed's base, text fields as plain text, dates as ISO 8601, each item once.
import { parseFeed } from 'feedsmith';
import type { Feed, FeedItem } from './model';
import { feedTime } from './dates';
import { plainText } from './html-text';

/** A document that is not a feed, or is too broken to read; `message` is written for readers. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

/** An absolute http(s) address for `href` read against `base`, or null. */
export function resolveLink(href: string | null | undefined, base: string | null): string | null {
  const text = href?.trim();
  if (!text) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The raw fields of one item, whatever its format, before cleaning. */
interface RawItem {
  id?: string | undefined;
  title?: string | undefined;
  link?: string | undefined;
  base: string | null;
  summary?: string | undefined;
  /** Candidate dates, most authoritative first (feedsmith leaves them as the feed wrote them). */
  dates: unknown[];
  author?: string | undefined;
}

type Parsed = ReturnType<typeof parseFeed>;

/** The items of a parsed feed as raw fields, and the base its relative links are read against. */
function rawItems(
  { format, feed }: Parsed,
  feedUrl: string | null,
): { site: string | null; items: RawItem[] } {
  switch (format) {
    case 'rss':
    case 'rdf': {
      const site = resolveLink(feed.link, feedUrl);
      const items = (feed.items ?? []).map((item): RawItem => {
        const rss = item as typeof item & {
          guid?: { value?: string; isPermaLink?: boolean };
          pubDate?: string;
          content?: { encoded?: string };
          authors?: { name?: string; email?: string }[];
          rdf?: { about?: string };
        };
        return {
          id: rss.guid?.value ?? rss.rdf?.about,
          title: rss.title,
          // RSS 2.0: a guid is the item's permanent address unless it says isPermaLink="false".
          link: rss.link ?? (rss.guid?.isPermaLink === false ? undefined : rss.guid?.value),
          base: site ?? feedUrl,
          summary: rss.description ?? rss.content?.encoded,
          dates: [rss.pubDate, ...(rss.dc?.dates ?? [])],
          author: rss.dc?.creators?.[0] ?? rss.authors?.[0]?.name ?? rss.authors?.[0]?.email,
        };
      });
      return { site, items };
    }
    case 'atom': {
      const feedBase = resolveLink(feed.xml?.base, feedUrl) ?? feedUrl;
      const alternate = (links: { href?: string; rel?: string }[] | undefined) =>
        (links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href;
      const site = resolveLink(alternate(feed.links), feedBase);
      const items = (feed.entries ?? []).map((entry): RawItem => {
        const base = resolveLink(entry.xml?.base, feedBase) ?? feedBase;
        return {
          id: entry.id,
          title: entry.title?.value,
          link: alternate(entry.links),
          base,
          summary: entry.summary?.value ?? entry.content?.value,
          dates: [entry.published, entry.updated],
          author: entry.authors?.[0]?.name,
        };
      });
      return { site, items };
    }
    case 'json': {
      const site = resolveLink(feed.home_page_url, feedUrl);
      const items = (feed.items ?? []).map((item): RawItem => ({
        id: item.id,
        title: item.title,
        link: item.url ?? item.external_url,
        base: feedUrl ?? site,
        summary: item.summary ?? item.content_text ?? item.content_html,
        dates: [item.date_published, item.date_modified],
        author: item.authors?.[0]?.name,
      }));
      return { site, items };
    }
  }
}

/** One raw item in the common shape, or null when it has nothing to show (no title, link or summary). */
function itemOf(raw: RawItem): FeedItem | null {
  const title = plainText(raw.title);
  const link = resolveLink(raw.link, raw.base);
  const summary = plainText(raw.summary);
  const published =
    raw.dates.map((d) => (typeof d === 'string' ? feedTime(d) : null)).find((d) => d !== null) ?? null;
  if (!title && !link && !summary) return null;
  const id = raw.id?.trim() || link || `${title}\n${published ?? ''}`;
  return { id, title, link, summary, published, author: plainText(raw.author) || null };
}

/**
 * Reads a feed's text (decoded: see decode.ts). `feedUrl` is where it came from, the base of relative
 * links when the feed gives none of its own. Throws FeedError for anything that is not a feed.
 */
export function readFeed(text: string, feedUrl: string | null = null): Feed {
  let parsed: Parsed;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw new FeedError(
      name === 'MalformedError'
        ? 'This feed is malformed: its XML or JSON could not be read.'
        : 'This is not a feed (RSS, Atom or JSON Feed).',
    );
  }
  const { site, items } = rawItems(parsed, feedUrl);
  const seen = new Set<string>();
  const unique: FeedItem[] = [];
  for (const item of items.map(itemOf)) {
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    unique.push(item);
  }
  const title = parsed.format === 'atom' ? parsed.feed.title?.value : parsed.feed.title;
  return { format: parsed.format, title: plainText(title), siteUrl: site, items: unique };
}
