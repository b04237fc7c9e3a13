// OPML, the list of feeds readers exchange: followed outlets in (from another feed reader) and out.
import { generateOpml, parseOpml } from 'feedsmith';
import type { FeedSubscription } from './model';
import { FeedError, resolveLink } from './parse';

type Outline = { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] };

/** Every feed an OPML file lists, folders flattened, each address once. */
export function readOpml(text: string): FeedSubscription[] {
  let outlines: Outline[];
  try {
    outlines = (parseOpml(text).body?.outlines ?? []) as Outline[];
  } catch {
    throw new FeedError('This is not an OPML file.');
  }
  const found = new Map<string, FeedSubscription>();
  const walk = (list: Outline[]) => {
    for (const outline of list) {
      const feedUrl = resolveLink(outline.xmlUrl, null);
      if (feedUrl && !found.has(feedUrl)) {
        const title = (outline.title ?? outline.text ?? '').trim() || new URL(feedUrl).hostname;
        found.set(feedUrl, { feedUrl, title, siteUrl: resolveLink(outline.htmlUrl, null) });
      }
      walk(outline.outlines ?? []);
    }
  };
  walk(outlines);
  return [...found.values()];
}

/** The followed feeds as an OPML 2.0 document. */
export function writeOpml(subscriptions: FeedSubscription[], title = 'StoryDiff: followed outlets'): string {
  return generateOpml({
    head: { title },
    body: {
      outlines: subscriptions.map((s) => ({
        text: s.title,
        title: s.title,
        type: 'rss',
        xmlUrl: s.feedUrl,
        ...(s.siteUrl ? { htmlUrl: s.siteUrl } : {}),
      })),
    },
  });
}
