// Article metadata from what the page declares: JSON-LD first, then meta tags, then <time> and the markup.
import type { Article } from '../model';
import { articleNode, deref, jsonLdNodes, names, text, types, type LdNode } from './jsonld';
import { absoluteUrl, cleanUrl } from './url';

/** What Readability found, used where the page declares nothing better. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

/** Article fields other than the body, plus what the verdict on the page needs. */
export interface PageMeta extends Omit<Article, 'paragraphs' | 'text' | 'partial'> {
  /** JSON-LD types and og:type, lower-cased, to tell articles from home, search and video pages. */
  pageTypes: string[];
  /** The JSON-LD article node, when there is one. */
  ld: LdNode | undefined;
}

function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('http-equiv')
    )
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** ISO 8601 as the page wrote it when it already is; other date strings converted; null otherwise. */
export function isoTime(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d\d-\d\d([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/.test(v)) return v.replace(' ', 'T');
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v && v.trim()) return v.trim();
  return null;
}

/** The first candidate that is an http(s) address, cleaned: a javascript: or broken canonical link is skipped. */
function firstUrl(candidates: (string | null | undefined)[], base: string | null): string | null {
  for (const candidate of candidates) {
    const clean = cleanUrl(candidate, base);
    if (clean) return clean;
  }
  return null;
}

function attr(doc: Document, selector: string, name: string): string | null {
  return doc.querySelector(selector)?.getAttribute(name) ?? null;
}

/** Removes " | Outlet", " - Outlet" and the like, when what remains still reads as a headline. */
export function stripSiteName(title: string, siteName: string | null): string {
  const match = /^(.{15,}?)\s+[|\-–—:·•»]\s+([^|\-–—:·•»]{2,40})$/.exec(title);
  if (!match?.[1] || !match[2]) return title;
  const suffix = match[2].toLowerCase();
  const site = siteName?.toLowerCase() ?? '';
  const known = site !== '' && (site.includes(suffix) || suffix.includes(site));
  return known || suffix.split(/\s+/).length <= 3 ? match[1] : title;
}

function cleanByline(byline: string | null): string | null {
  const b = byline
    ?.replace(/^\s*(by|von|par|por)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return b && b.length <= 120 ? b : null;
}

/** Reads the article's metadata from the page; `url` is the address it was read from, when known. */
export function readMetadata(doc: Document, url: string | null, found: ReadabilityMeta): PageMeta {
  const meta = metaTags(doc);
  const nodes = jsonLdNodes(doc);
  const ld = articleNode(nodes);
  const base = url ?? absoluteUrl(doc.baseURI) ?? null;
  const website = nodes.find((n) => types(n).includes('WebSite'));
  const siteName = first(
    names(deref(ld?.publisher, nodes), nodes),
    meta.get('og:site_name'),
    found.siteName,
    website ? names(website, nodes) : null,
    meta.get('application-name'),
  );
  const rawTitle = first(
    text(ld?.headline),
    meta.get('og:title'),
    meta.get('twitter:title'),
    found.title,
    doc.title,
  );
  return {
    title: rawTitle ? stripSiteName(rawTitle.replace(/\s+/g, ' '), siteName) : '',
    byline: cleanByline(
      first(names(ld?.author, nodes), meta.get('author'), meta.get('article:author'), found.byline),
    ),
    siteName,
    url,
    canonicalUrl: firstUrl(
      [attr(doc, 'link[rel~="canonical"]', 'href'), meta.get('og:url'), text(ld?.mainEntityOfPage), url],
      base,
    ),
    publishedTime: isoTime(
      first(
        text(ld?.datePublished),
        meta.get('article:published_time'),
        meta.get('og:published_time'),
        meta.get('date'),
        meta.get('pubdate'),
        meta.get('publish-date'),
        meta.get('dc.date.issued'),
        meta.get('dcterms.created'),
        meta.get('parsely-pub-date'),
        attr(doc, '[itemprop="datePublished"]', 'content') ??
          attr(doc, '[itemprop="datePublished"]', 'datetime'),
        found.publishedTime,
        attr(doc, 'time[datetime]', 'datetime'),
      ),
    ),
    modifiedTime: isoTime(
      first(
        text(ld?.dateModified),
        meta.get('article:modified_time'),
        meta.get('og:updated_time'),
        meta.get('dcterms.modified'),
        meta.get('last-modified'),
        attr(doc, '[itemprop="dateModified"]', 'content') ??
          attr(doc, '[itemprop="dateModified"]', 'datetime'),
      ),
    ),
    lang: first(
      doc.documentElement?.getAttribute('lang'),
      text(ld?.inLanguage),
      meta.get('content-language'),
      meta.get('og:locale')?.replace('_', '-'),
      found.lang,
    ),
    leadImageUrl: absoluteUrl(first(meta.get('og:image'), meta.get('twitter:image'), text(ld?.image)), base),
    pageTypes: [...nodes.flatMap(types), meta.get('og:type') ?? '']
      .map((t) => t.toLowerCase())
      .filter(Boolean),
    ld,
  };
}
