// Feed discovery: the feeds a page announces in its <head> (<link rel="alternate" type="application/rss+xml">
// and the Atom and JSON Feed types), read from the page's HTML with a tokenizer, never a live DOM.
import { Parser } from 'htmlparser2';
import type { DiscoveredFeed } from './model';
import { resolveLink } from './parse';

const TYPES: Record<string, DiscoveredFeed['format']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/** The feeds `html` (a page fetched from `pageUrl`) announces, in the page's order, each address once. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  let base = pageUrl;
  const found: DiscoveredFeed[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) base = resolveLink(attributes.href, pageUrl) ?? base;
        if (name !== 'link') return;
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        const format = TYPES[(attributes.type ?? '').toLowerCase().split(';')[0]?.trim() ?? ''];
        // application/json is only a feed when the link says it is an alternate with a title or "feed".
        if (!rel.includes('alternate') || !format) return;
        if (attributes.type === 'application/json' && !/feed/i.test(`${attributes.href} ${attributes.title}`))
          return;
        const url = resolveLink(attributes.href, base);
        if (url && !found.some((f) => f.url === url))
          found.push({ url, format, title: (attributes.title ?? '').trim() });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
