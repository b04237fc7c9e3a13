// Article capture: a page's Document in, an Article (or the reason there is none) out. Runs Mozilla
// Readability on a clone, then our own recovery and cleanup; the page itself is never modified.
import type { Article, ExtractResult, Paragraph } from '../model';
import { cleanArticle } from '../text/clean';
import { removeBoilerplate } from './boilerplate';
import { readMetadata } from './metadata';
import { recoverDropped } from './recover';
import { inlineFrames, type FrameDocument } from './frames';
import { readability } from './readable';
import { blocksOf } from './blocks';
import { commentShare, withoutComments } from './comments';
import { words } from './paywall';
import { judge } from './verdict';

export { cleanUrl } from './url';

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The address the page was read from, when the document does not know it (a saved file). */
  url?: string;
  /**
   * How to reach the document shown in a frame; by default the frame's contentDocument, which browsers give
   * for same-origin frames only. Tests and DOMs without frame documents pass their own.
   */
  frameDocument?: FrameDocument;
  /** The reader's clock (ms since 1970), after which no date is a publication date; now by default. */
  now?: number;
  /** Skip our recovery and cleanup: Readability alone, for comparison in benchmarks. */
  readabilityOnly?: boolean;
  /**
   * Asked between the steps of extraction and every thousand nodes or so while walking the page; when it
   * says true, extraction stops and answers 'too-large'. The content script gives it a clock, so that a
   * huge page is refused instead of freezing the reader's tab.
   */
  outOfTime?: () => boolean;
}

const NOT_ARTICLE = {
  ok: false,
  reason: 'not-article',
  message: 'This page does not look like an article.',
} as const;

/**
 * Browsers' HTML parsers nest elements at most 512 deep (Chromium, Firefox); a deeper tree was built by a
 * script, and walking it would exhaust the stack (cloneNode in linkedom) or take seconds (Readability).
 */
export const MAX_DEPTH = 512;

const COMMENTS = {
  ok: false,
  reason: 'not-article',
  message: 'This page holds mostly readers’ comments, not an article.',
} as const;

/** Comments holding more than this share of the text Readability chose make it a thread, not a story. */
const COMMENT_SHARE = 0.5;
/** Without its comments, a thread's own post needs this many words to be kept as the story. */
const POST_WORDS = 80;

const TOO_LARGE = {
  ok: false,
  reason: 'too-large',
  message: 'This page is too large for StoryDiff to read in reasonable time.',
} as const;

/** Thrown by the checkpoint to unwind a stopped extraction; never leaves extract(). */
class OutOfTime extends Error {}

const EMPTY = { ok: false, reason: 'empty', message: 'This page has no content.' } as const;

const TOO_DEEP = {
  ok: false,
  reason: 'unsupported',
  message: 'This page is nested too deeply to be read as an article.',
} as const;

/** Whether some element lies deeper than `limit` below `root`; iterative, so no deep recursion. */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [el, depth] = item;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Readability's story of `page` with our recovery and cleanup (Readability's blocks alone when `pure`). */
function readStory(page: Document, pure: boolean, title: string, found: Paragraph[], checkpoint: () => void) {
  if (pure) return { paragraphs: found, page };
  const recovered = recoverDropped(page, found, checkpoint);
  checkpoint();
  return { paragraphs: removeBoilerplate(recovered, title), page };
}

/** Extracts the article of `document`; gives the reason instead when the page is not an article. */
export function extract(document: Document, options: ExtractOptions = {}): ExtractResult {
  const { outOfTime } = options;
  const checkpoint = outOfTime
    ? () => {
        if (outOfTime()) throw new OutOfTime();
      }
    : () => undefined;
  try {
    return extractWithin(document, options, checkpoint);
  } catch (error) {
    if (error instanceof OutOfTime) return TOO_LARGE;
    throw error;
  }
}

function extractWithin(document: Document, options: ExtractOptions, checkpoint: () => void): ExtractResult {
  // linkedom gives an empty string a document without an <html> element, which Readability refuses by throwing.
  if (!document.documentElement) return EMPTY;
  if (deeperThan(document.documentElement, MAX_DEPTH)) return TOO_DEEP;
  // The page with its same-origin frames' text in place; metadata still comes from the top page.
  const page = inlineFrames(document, options.frameDocument);
  if (page !== document && deeperThan(page.documentElement, MAX_DEPTH)) return TOO_DEEP;
  const pure = options.readabilityOnly === true;
  checkpoint();
  let { parsed, found } = readability(page, pure, checkpoint);
  checkpoint();
  const meta = readMetadata(document, options.url ?? null, parsed ?? {}, options.now);
  let read = readStory(page, pure, meta.title, found, checkpoint);
  // The page's text blocks, walked once for the comment and paywall checks.
  let blocks = blocksOf(page.documentElement);
  // Readers' comments taken for the story: read the page again without them; a thread with a post of a
  // line or two ("Tell us how your week went below") is not an article.
  if (!pure && commentShare(page, read.paragraphs, blocks) > COMMENT_SHARE) {
    const bare = withoutComments(page);
    ({ parsed, found } = readability(bare, pure, checkpoint));
    read = readStory(bare, pure, meta.title, found, checkpoint);
    blocks = blocksOf(bare.documentElement);
    if (words(read.paragraphs) < POST_WORDS) return COMMENTS;
  }
  const { verdict, paragraphs } = judge(read.page, meta, read.paragraphs, parsed?.content, blocks);
  if (verdict === 'not-article') return NOT_ARTICLE;
  const { pageTypes: _types, ld: _ld, ...fields } = meta;
  const article: Article = { ...fields, paragraphs, text: paragraphs.map((p) => p.text).join('\n\n') };
  if (verdict === 'partial') article.partial = true;
  return { ok: true, article: cleanArticle(article) };
}
