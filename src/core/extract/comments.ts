// Finds readers' comments on a page, so that a thread whose comments outweigh the post is not taken for the
// story: by the markup sites and comment systems give them (class and id names, schema.org Comment, ARIA).
import type { Paragraph } from '../model';
import { blocksOf, type Block } from './blocks';
import { roleNames } from './furniture';

/** A class or id naming a comment or a list of them ("comment", "comment-list", "d-comment", "kommentare"). */
const COMMENT_TOKEN =
  /^(.*[-_])?(comments?|commentlist|kommentare?|commentaires?|comentarios?|coment[aá]rios?)([-_].*)?$/i;
/** Tokens about comments that do not hold any: body classes, counters, buttons. */
const NOT_A_COMMENT = /[-_](open|closed|count|number|link|button|icon|toggle|disabled)$/i;

const MAYBE_COMMENT = ['omment', 'OMMENT', 'omentar', 'OMENTAR']
  .flatMap((part) => [`[class*="${part}"]`, `[id*="${part}"]`])
  .concat('[itemtype]', '[itemprop="comment"]', '[role="comment"]')
  .join(',');

/** schema.org's Comment (microdata) or ARIA's comment role. */
function markedComment(el: Element): boolean {
  const type = (el.getAttribute('itemtype') ?? '').toLowerCase();
  return (
    /schema\.org\/comment$/.test(type) ||
    el.getAttribute('itemprop') === 'comment' ||
    el.getAttribute('role') === 'comment'
  );
}

/** Whether the element is marked as a comment or a comment section. */
function isComment(el: Element): boolean {
  if (el.localName === 'body' || el.localName === 'html') return false;
  // Most elements name no comment at all: the cheap test first.
  const named = /omment|omentar/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
  if (!named) return markedComment(el);
  const tokens = roleNames(el).split(/\s+/);
  return tokens.some((t) => COMMENT_TOKEN.test(t) && !NOT_A_COMMENT.test(t)) || markedComment(el);
}

/** The outermost comment elements of `root`. */
export function commentSections(root: Element): Element[] {
  const found = new Set<Element>();
  // Ancestors are walked up rather than asked contains(): linkedom's walks the whole subtree, and a page can
  // hold 50,000 comments.
  // Only elements whose markup could say "comment" are looked at: listing every element of a page costs more.
  for (const el of Array.from(root.querySelectorAll(MAYBE_COMMENT)))
    if (isComment(el) && !inside(el.parentElement, found)) found.add(el);
  return [...found];
}

/** Whether `el` or one of its ancestors is in `set`. */
export function inside(el: Element | null, set: Set<Element>): boolean {
  for (let up = el; up; up = up.parentElement) if (set.has(up)) return true;
  return false;
}

/**
 * Share of the story's text (characters) that lies in readers' comments. Only the story's own blocks and their
 * ancestors are looked at, not the whole page: most pages have no comment in their story at all.
 */
export function commentShare(doc: Document, story: Paragraph[], blocks?: Block[]): number {
  const root = doc.documentElement;
  if (!root || story.length === 0) return 0;
  const texts = new Set(story.map((p) => p.text));
  const known = new Map<Element, boolean>();
  const inComment = (el: Element): boolean => {
    const path: Element[] = [];
    let found = false;
    for (let up: Element | null = el; up; up = up.parentElement) {
      const cached = known.get(up);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      path.push(up);
      if (isComment(up)) {
        found = true;
        break;
      }
    }
    for (const seen of path) known.set(seen, found);
    return found;
  };
  let [inComments, total] = [0, 0];
  const seen = new Set<string>();
  for (const block of blocks ?? blocksOf(root)) {
    if (!texts.has(block.text) || seen.has(block.text)) continue;
    seen.add(block.text);
    total += block.text.length;
    if (inComment(block.el)) inComments += block.text.length;
  }
  return total ? inComments / total : 0;
}

/** A copy of the page without its comment sections (the page itself is left untouched). */
export function withoutComments(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  if (copy.documentElement) for (const section of commentSections(copy.documentElement)) section.remove();
  return copy;
}
