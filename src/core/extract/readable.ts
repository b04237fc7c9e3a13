// Runs Mozilla Readability on clones of the page, and a second time on a prepared clone when its first
// pick is suspect: nothing, a few lines, or a box of page furniture (an author bio) instead of the story.
import { Readability } from '@mozilla/readability';
import type { Paragraph } from '../model';
import { blocksOf } from './blocks';
import { minorFurniture, roleNames } from './furniture';
import { inlineShadowRoots } from './shadow';

/** What Readability gave: its parse (metadata, container) and the blocks of its container. */
export interface ReadabilityResult {
  parsed: ReturnType<Readability<Element>['parse']>;
  found: Paragraph[];
}

/** Fewer words than this in the first pick make it suspect: a story is rarely shorter. */
const FEW_WORDS = 120;

const wordCount = (found: Paragraph[]) => found.reduce((n, p) => n + p.text.split(/\s+/).length, 0);

function parse(clone: Document, pure: boolean, checkpoint?: () => void): ReadabilityResult {
  // Classes kept so that furniture Readability leaves inside its container can still be told by name.
  const parsed = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    keepClasses: true,
  }).parse();
  const content = parsed?.content;
  const skip = content && !pure ? minorFurniture(content) : undefined;
  const found = content ? blocksOf(content, skip, checkpoint).map(({ kind, text }) => ({ kind, text })) : [];
  return { parsed, found };
}

/** Boxes that are never the story, whatever their size: a pick named so is a wrong pick. */
const NEVER_STORY = /author|\bbio\b|related|newsletter|sidebar|footer|cookie|consent|comment/i;

/** Whether the element Readability chose (below its page wrapper) is a box that is never the story. */
function pickedFurniture(result: ReadabilityResult): boolean {
  const picked = result.parsed?.content?.firstElementChild?.firstElementChild;
  return picked ? NEVER_STORY.test(roleNames(picked)) : false;
}

/**
 * Readies a clone for the second try: text the page only shows with scripts off (<noscript>, where some blog
 * platforms put the whole post) is put in place, and furniture holding a minor part of the page removed so
 * Readability cannot pick it again.
 */
function prepare(clone: Document): void {
  // Parsed as elements only with scripting off (saved pages in Node); a browser with scripts on keeps the
  // content as text, but there the scripts have already rendered the post.
  for (const noscript of Array.from(clone.querySelectorAll('noscript')))
    if (noscript.firstElementChild) noscript.replaceWith(...Array.from(noscript.childNodes));
  const body = clone.body;
  if (!body) return;
  const minor = minorFurniture(body);
  for (const el of Array.from(body.querySelectorAll('*'))) if (minor(el)) el.remove();
}

function cloneOf(document: Document): Document {
  const clone = document.cloneNode(true) as Document;
  inlineShadowRoots(document, clone);
  return clone;
}

/**
 * Readability's blocks for the page (furniture it kept left out unless `pure`), and its metadata.
 * `checkpoint` is called between steps and may throw to stop the work (see extract's time budget).
 */
export function readability(
  document: Document,
  pure = false,
  checkpoint: () => void = () => undefined,
): ReadabilityResult {
  const first = parse(cloneOf(document), pure, checkpoint);
  const furniture = pickedFurniture(first);
  if (pure || (wordCount(first.found) >= FEW_WORDS && !furniture)) return first;
  checkpoint();
  const clone = cloneOf(document);
  prepare(clone);
  checkpoint();
  const second = parse(clone, pure, checkpoint);
  const better = furniture ? second.found.length > 0 : wordCount(second.found) > wordCount(first.found);
  return better ? second : first;
}
