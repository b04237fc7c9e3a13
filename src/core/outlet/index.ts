// What the reader is shown of an Article's origin, settled where the browser's page is no longer needed (the
// worker, the CLI): the outlet's name when the page declared none, titles with their HTML entities decoded,
// and no date that cannot be a publication date. Kept out of the content script: the public-suffix list
// and the entity table are larger than its whole budget.
import { parseISO } from 'date-fns';
import { decodeHTML } from 'entities';
import { getDomain } from 'tldts';
import { plausible } from '../extract/dates';
import { hostOf } from '../extract/site';
import { checkedLanguage } from '../lang/detect';
import type { Article } from '../model';
import { WELL_KNOWN } from './well-known';

/**
 * A name for the outlet at `url` from its address alone: the outlet's usual name for well-known ones
 * ("nytimes.com" → "The New York Times"), else the registrable domain ("bbc.co.uk"), from the public-suffix
 * list. Null for anything that is not an http(s) address.
 */
export function outletFromUrl(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const domain = getDomain(host, { allowPrivateDomains: true }) ?? host;
  return WELL_KNOWN[domain] ?? WELL_KNOWN[host] ?? domain;
}

/** An ISO 8601 time, or null when it is absent or cannot be a publication time when read at `now`. */
export function plausibleTime(iso: string | null | undefined, now: number = Date.now()): string | null {
  return iso && plausible(parseISO(iso).getTime(), now) ? iso : null;
}

/** Decodes entities a page left in a text ("doesn&#8217;t", "Olive &amp;#038; Herb"), twice-escaped too. */
export function decodeEntities(text: string): string {
  let decoded = text;
  for (let i = 0; i < 2 && /&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(decoded); i++)
    decoded = decodeHTML(decoded);
  return decoded;
}

/** The Article as the reader is shown it: see the module comment. */
export function settleArticle(article: Article, now: number = Date.now()): Article {
  const siteName = article.siteName ? decodeEntities(article.siteName) : null;
  return {
    ...article,
    title: decodeEntities(article.title),
    siteName: siteName ?? outletFromUrl(article.canonicalUrl ?? article.url),
    publishedTime: plausibleTime(article.publishedTime, now),
    modifiedTime: plausibleTime(article.modifiedTime, now),
    lang: checkedLanguage(article.lang, article.text),
  };
}
