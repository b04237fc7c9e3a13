// Decides whether a page is an article at all, and whether its text is only a paywalled part.
import type { Paragraph } from '../model';
import type { Block } from './blocks';
import { isPaywalled } from './jsonld';
import type { PageMeta } from './metadata';
import { cutOff, words } from './paywall';
import { isTeaserList } from './teasers';

/** What the page turned out to be. */
export type Verdict = 'article' | 'partial' | 'not-article';

const ARTICLE_TYPE = /article|posting|report|recipe|howto|review/;
const LISTING_TYPE =
  /^(website|collectionpage|searchresultspage|itemlist|profilepage|video\.\w+|videoobject)$/;
const SEARCH_URL = /\/search\b|[?&](q|s|query|search)=/i;

/** Share of the element's text that sits in links: high for home pages and lists of teasers. */
export function linkShare(el: Element | null | undefined): number {
  const total = el?.textContent?.replace(/\s+/g, '').length ?? 0;
  if (!el || total === 0) return 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a')))
    linked += a.textContent?.replace(/\s+/g, '').length ?? 0;
  return linked / total;
}

/** The verdict, and the story as it should be kept (without a paywall prompt's lines). */
export interface Judgement {
  verdict: Verdict;
  paragraphs: Paragraph[];
}

/**
 * Judges the page from its declared types, address, amount of running text, the shape of the text Readability
 * chose (`container`: a list of teasers is a home or section page) and what follows the text (a paywall).
 * `blocks` are the page's text blocks when the caller has them already.
 */
export function judge(
  doc: Document,
  meta: PageMeta,
  story: Paragraph[],
  container: Element | null | undefined,
  blocks?: Block[],
): Judgement {
  const declaredArticle = meta.pageTypes.some((t) => ARTICLE_TYPE.test(t));
  const listing = !declaredArticle && meta.pageTypes.some((t) => LISTING_TYPE.test(t));
  const search = !declaredArticle && SEARCH_URL.test(meta.url ?? meta.canonicalUrl ?? '');
  const links = linkShare(container);
  const refused = { verdict: 'not-article', paragraphs: story } as const;
  if (search || links > 0.6 || isTeaserList(container)) return refused;
  const { partial, paragraphs } = cutOff(doc, story, isPaywalled(meta.ld), blocks);
  const n = words(paragraphs);
  if (partial && n >= 15) return { verdict: 'partial', paragraphs };
  if (n < 25 || (listing && (n < 150 || links > 0.5))) return refused;
  return { verdict: 'article', paragraphs };
}
