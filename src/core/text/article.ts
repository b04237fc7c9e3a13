// Articles from plain text (the CLI's .txt inputs: one paragraph per line) and the loose article shape the
// comparison accepts, so callers can pass either an extracted Article or a few fields.
import { cleanText } from './clean';
import type { Article, BlockKind, Paragraph } from '../model';
import { isBoilerplate, looksLikeHeading } from './boilerplate';

/** What compare() accepts: a full Article, or just the text and whatever metadata is known. */
export interface ArticleLike {
  title?: string;
  text: string;
  paragraphs?: Paragraph[];
  siteName?: string | null;
  url?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/** Metadata for articleFromText. */
export type ArticleMeta = Partial<Omit<Article, 'paragraphs' | 'text'>>;

const BULLET = /^\s*(?:[•●▪◦‣∙·*–-]|\d{1,2}[.)])\s+/u;
const ENDS_SENTENCE = /[.!?…:;"”’»)\]]\s*$/u;

/** Joins lines that a hard wrap split inside a sentence: no final punctuation, next line starts in lower case. */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  let joinNext = false;
  for (const line of lines) {
    const prev = out.length - 1;
    if (joinNext && prev >= 0 && /^\p{Ll}/u.test(line)) out[prev] = `${out[prev]} ${line}`;
    else out.push(line);
    const last = out[out.length - 1] ?? '';
    joinNext = !ENDS_SENTENCE.test(last) && !BULLET.test(last) && last.split(/\s+/).length > 6;
  }
  return out;
}

function blockKind(line: string): BlockKind {
  if (BULLET.test(line)) return 'list-item';
  if (looksLikeHeading(line) && !isBoilerplate(line)) return 'heading';
  return 'paragraph';
}

/** Makes an Article from plain text, one paragraph per line; blank lines are ignored. */
export function articleFromText(text: string, meta: ArticleMeta = {}): Article {
  const lines = cleanText(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const paragraphs: Paragraph[] = unwrap(lines).map((line) => {
    const kind = blockKind(line);
    return { kind, text: kind === 'list-item' ? line.replace(BULLET, '') : line };
  });
  const firstHeading = paragraphs[0]?.kind === 'heading' ? paragraphs[0].text : '';
  return {
    title: meta.title ?? firstHeading,
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    url: meta.url ?? null,
    canonicalUrl: meta.canonicalUrl ?? null,
    publishedTime: meta.publishedTime ?? null,
    modifiedTime: meta.modifiedTime ?? null,
    lang: meta.lang ?? null,
    leadImageUrl: meta.leadImageUrl ?? null,
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n\n'),
  };
}

/** The paragraphs of an ArticleLike: its own, or those read from its text. */
export function paragraphsOf(article: ArticleLike): Paragraph[] {
  return article.paragraphs ?? articleFromText(article.text).paragraphs;
}
