// Article metadata from what the page declares: JSON-LD first, then meta tags, then <time> and the markup.
import type { Article } from '../model';
import { firstTime } from './dates';
import { articleNode, deref, jsonLdNodes, names, text, types, type LdNode } from './jsonld';
import { SEPARATOR, hostOf, pickSiteName, resemblesHost } from './site';
import { pickTitle } from './title';
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

function cleanByline(byline: string | null): string | null {
  const b = byline
    ?.replace(/^\s*(by|von|par|por)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return b && b.length <= 120 ? b : null;
}

/** The values of every element matching `selector`: its `name` attribute, in document order. */
function attrs(doc: Document, selector: string, name: string): string[] {
  return Array.from(doc.querySelectorAll(selector))
    .map((el) => el.getAttribute(name) ?? '')
    .filter(Boolean);
}

/** Microdata values of a property: a <meta content> or a <time datetime>. */
function itemprop(doc: Document, name: string): string[] {
  return Array.from(doc.querySelectorAll(`[itemprop="${name}"]`))
    .map((el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? '')
    .filter(Boolean);
}

/** Dates of a property from every JSON-LD node, the article's first (pages put them on WebPage nodes too). */
function ldDates(ld: LdNode | undefined, nodes: LdNode[], key: string): (string | null)[] {
  return [ld, ...nodes].map((node) => text(node?.[key]));
}

/** The first value of each meta name, in the order given. */
function metas(meta: Map<string, string>, keys: string[]): (string | undefined)[] {
  return keys.map((key) => meta.get(key));
}

/** Publication time: JSON-LD, Open Graph and article: tags, itemprop, Parse.ly, Sailthru, Dublin Core, <time>. */
function publishedCandidates(
  doc: Document,
  meta: Map<string, string>,
  ld: LdNode | undefined,
  nodes: LdNode[],
) {
  return [
    ...ldDates(ld, nodes, 'datePublished'),
    ...metas(meta, ['article:published_time', 'og:published_time', 'og:article:published_time']),
    ...itemprop(doc, 'datePublished'),
    ...metas(meta, [
      'parsely-pub-date',
      'sailthru.date',
      'dc.date.issued',
      'dcterms.issued',
      'dc.date',
      'dcterms.date',
      'dcterms.created',
      'dc.date.created',
      'date',
      'pubdate',
      'publish-date',
      'publishdate',
      'article.published',
    ]),
    ...attrs(doc, 'time[pubdate][datetime]', 'datetime'),
    ...ldDates(ld, nodes, 'dateCreated'),
    attr(doc, 'article time[datetime]', 'datetime'),
    attr(doc, 'time[datetime]', 'datetime'),
  ];
}

function modifiedCandidates(
  doc: Document,
  meta: Map<string, string>,
  ld: LdNode | undefined,
  nodes: LdNode[],
) {
  return [
    ...ldDates(ld, nodes, 'dateModified'),
    ...metas(meta, [
      'article:modified_time',
      'og:updated_time',
      'dcterms.modified',
      'dc.date.modified',
      'last-modified',
    ]),
    ...itemprop(doc, 'dateModified'),
  ];
}

/** A part of a declared title that names the site ("Headline | Eishockey NEWS"), when it resembles the host. */
function siteInTitle(titles: (string | null | undefined)[], host: string | null): string | null {
  const parts = titles.flatMap((t) => (t ? t.split(SEPARATOR).slice(1).reverse() : []));
  const prefixes = titles.flatMap((t) => (t ? t.split(SEPARATOR).slice(0, 1) : []));
  return pickSiteName(
    [...parts, ...prefixes].filter((p) => resemblesHost(p, host)),
    host,
  );
}

/** The first <h1> texts of the page: where the visible headline usually is. */
function headings(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('h1'))
    .slice(0, 3)
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Reads the article's metadata from the page; `url` is the address it was read from, when known, and `now`
 * the reader's clock (dates after it are not publication dates).
 */
export function readMetadata(
  doc: Document,
  url: string | null,
  found: ReadabilityMeta,
  now: number = Date.now(),
): PageMeta {
  const meta = metaTags(doc);
  const nodes = jsonLdNodes(doc);
  const ld = articleNode(nodes);
  const base = url ?? absoluteUrl(doc.baseURI) ?? null;
  const canonicalUrl = firstUrl(
    [attr(doc, 'link[rel~="canonical"]', 'href'), meta.get('og:url'), text(ld?.mainEntityOfPage), url],
    base,
  );
  const host = hostOf(url) ?? hostOf(canonicalUrl);
  const website = nodes.find((n) => types(n).includes('WebSite'));
  const publisher = ld?.publisher ?? nodes.find((n) => n.publisher !== undefined)?.publisher;
  const declaredTitles = [
    text(ld?.headline),
    meta.get('og:title'),
    meta.get('twitter:title'),
    found.title,
    doc.title || doc.querySelector('title')?.textContent,
  ];
  const siteName =
    pickSiteName(
      [
        names(deref(publisher, nodes), nodes),
        ...attrs(doc, 'meta[property="og:site_name"]', 'content'),
        website ? names(website, nodes) : null,
        ...attrs(doc, 'meta[name="application-name"]', 'content'),
        found.siteName,
        meta.get('apple-mobile-web-app-title'),
      ],
      host,
    ) ?? siteInTitle(declaredTitles, host);
  return {
    title: pickTitle(declaredTitles, headings(doc), siteName, host),
    byline: cleanByline(
      first(names(ld?.author, nodes), meta.get('author'), meta.get('article:author'), found.byline),
    ),
    siteName,
    url,
    canonicalUrl,
    publishedTime: firstTime([...publishedCandidates(doc, meta, ld, nodes), found.publishedTime], now),
    modifiedTime: firstTime(modifiedCandidates(doc, meta, ld, nodes), now),
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
