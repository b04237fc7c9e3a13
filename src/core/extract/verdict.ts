// Decides whether a page is an article at all, and whether its text is only a paywalled part.
import type { Paragraph } from '../model';
import { isPaywalled } from './jsonld';
import type { PageMeta } from './metadata';

/** What the page turned out to be. */
export type Verdict = 'article' | 'partial' | 'not-article';

const ARTICLE_TYPE = /article|posting|report|recipe|howto|review/;
const LISTING_TYPE =
  /^(website|collectionpage|searchresultspage|itemlist|profilepage|video\.\w+|videoobject)$/;
const SEARCH_URL = /\/search\b|[?&](q|s|query|search)=/i;
const PAYWALL_SELECTOR =
  '[class*="paywall"],[id*="paywall"],[class*="subscriber-only"],[class*="premium-content"],[class*="regwall"],[data-paywall]';
const PAYWALL_TEXT =
  /(subscribe|subscription|sign in|log in|become a member)\b.{0,40}\b(continue|keep|full|rest of)\b.{0,30}\b(reading|article|story)|this (article|story|content) is (only )?(for|available to) (subscribers|members)|abonnieren sie|weiterlesen mit|réservé aux abonnés/i;

function words(paragraphs: Paragraph[]): number {
  return paragraphs.reduce((n, p) => n + (p.kind === 'heading' ? 0 : p.text.split(/\s+/).length), 0);
}

/** Share of the element's text that sits in links: high for home pages and lists of teasers. */
export function linkShare(el: Element | null | undefined): number {
  const total = el?.textContent?.replace(/\s+/g, '').length ?? 0;
  if (!el || total === 0) return 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a')))
    linked += a.textContent?.replace(/\s+/g, '').length ?? 0;
  return linked / total;
}

/**
 * Judges the page from its declared types, address, amount of running text and link share.
 * `raw` are the blocks before cleanup, where a paywall prompt still shows.
 */
export function judge(
  doc: Document,
  meta: PageMeta,
  paragraphs: Paragraph[],
  raw: Paragraph[],
  links: number,
): Verdict {
  const n = words(paragraphs);
  const declaredArticle = meta.pageTypes.some((t) => ARTICLE_TYPE.test(t));
  const listing = !declaredArticle && meta.pageTypes.some((t) => LISTING_TYPE.test(t));
  const search = !declaredArticle && SEARCH_URL.test(meta.url ?? meta.canonicalUrl ?? '');
  const paywalled =
    isPaywalled(meta.ld) ||
    doc.querySelector(PAYWALL_SELECTOR) !== null ||
    raw.slice(-8).some((p) => PAYWALL_TEXT.test(p.text));
  if (paywalled && n >= 15) return 'partial';
  if (n < 25 || search || links > 0.6) return 'not-article';
  if (listing && (n < 150 || links > 0.5)) return 'not-article';
  return 'article';
}
