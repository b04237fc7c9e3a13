// Turns a piece of DOM into blocks of plain text in reading order: headings, paragraphs, list items, quotes.
import type { BlockKind, Paragraph } from '../model';

/** A block of text with the element it came from and how much of it is link text. */
export interface Block extends Paragraph {
  /** The innermost block element holding the text. */
  el: Element;
  /** Characters of the text that sit inside links. */
  linkChars: number;
}

const BLOCK = new Set(
  'address article aside blockquote body dd details dialog div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
// Never text a reader sees as the article: code, form controls, media, and captions (dropped on purpose).
const IGNORE = new Set(
  'script style noscript template svg math button select option textarea input iframe object embed video audio canvas figcaption img picture source head title meta link'.split(
    ' ',
  ),
);

function kindOf(tag: string, outer: BlockKind): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  // Blocks inside a heading happen when a page leaves its <h2> unclosed: they are text, not headings.
  return outer === 'heading' ? 'paragraph' : outer;
}

/**
 * Blocks of `root` in document order; subtrees for which `skip` says true are left out. Linear in the
 * number of nodes: text is gathered in parts joined once per block, and whether the block has text yet or
 * ends in a line break is kept as state rather than found again in the text so far (a paragraph of 16,000
 * spans took 2.7 s in Node when every text node rescanned its block).
 */
export function blocksOf(
  root: Element,
  skip: (el: Element) => boolean = () => false,
  checkpoint: () => void = () => undefined,
): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];
  /** Whether the block has any non-space text yet. */
  let hasText = false;
  /** Whether the block's text so far ends in a line break (a <br>, or a newline of the source) and spaces. */
  let afterBreak = false;
  let linkChars = 0;
  let owner = root;
  let kind: BlockKind = 'paragraph';
  let visited = 0;
  const flush = () => {
    const text = hasText ? parts.join('').replace(/\s+/g, ' ').trim() : '';
    // A "heading" of several sentences is a paragraph the page styled big.
    if (kind === 'heading' && text.length > 200) kind = 'paragraph';
    if (text) out.push({ kind, text, el: owner, linkChars: Math.min(linkChars, text.length) });
    parts = [];
    hasText = false;
    afterBreak = false;
    linkChars = 0;
  };
  const visit = (node: Node, outerKind: BlockKind, block: Element, inLink: boolean): void => {
    if (++visited % 1024 === 0) checkpoint();
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (/\S/.test(value)) {
        if (!hasText) [kind, owner] = [outerKind, block];
        hasText = true;
        afterBreak = value.slice(value.trimEnd().length).includes('\n');
      } else if (value.includes('\n')) afterBreak = true;
      parts.push(value);
      if (inLink) linkChars += value.replace(/\s+/g, ' ').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (IGNORE.has(tag) || skip(el)) return;
    if (tag === 'br') {
      // One <br> is a line break inside a paragraph; two in a row separate paragraphs.
      if (afterBreak) flush();
      else {
        parts.push('\n');
        afterBreak = true;
      }
      return;
    }
    if (tag === 'td' || tag === 'th') parts.push(' ');
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    const innerKind = /pull-?quote/i.test(el.getAttribute('class') ?? '')
      ? 'quote'
      : isBlock
        ? kindOf(tag, outerKind)
        : outerKind;
    for (let child = el.firstChild; child; child = child.nextSibling)
      visit(child, innerKind, isBlock ? el : block, inLink || tag === 'a');
    if (isBlock) flush();
  };
  visit(root, 'paragraph', root, false);
  flush();
  return out;
}
