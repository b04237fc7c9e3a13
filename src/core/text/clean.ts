// Page text made safe to store, compare and show: characters that reorder or hide text are dropped,
// and broken UTF-16 is repaired, so that a page cannot make StoryDiff display something it does not say.
import type { Article } from '../model';

/** Bidi embeddings, overrides and isolates: page text could use them to reorder the words around it. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Zero-width space and byte-order mark: invisible, they split words ("Ky\u200Biv") without showing it. */
const INVISIBLE = /[\u200B\uFEFF]/g;

/** A surrogate without its partner: not a character, and not safe to hand to every API. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Page text without bidi controls and invisible characters, lone surrogates replaced by U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '').replace(LONE_SURROGATE, '\uFFFD');
}

const cleanOrNull = (text: string | null) => (text === null ? null : cleanText(text));

/** The article with every text field cleaned (addresses and times are left to their own checks). */
export function cleanArticle(article: Article): Article {
  // A dropped control between two spaces would leave both: collapse again, and drop blocks left empty.
  const paragraphs = article.paragraphs
    .map((p) => ({ ...p, text: cleanText(p.text).replace(/\s+/g, ' ').trim() }))
    .filter((p) => p.text !== '');
  return {
    ...article,
    title: cleanText(article.title),
    byline: cleanOrNull(article.byline),
    siteName: cleanOrNull(article.siteName),
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n\n'),
  };
}
