// Frames: a copy of the page with the text of its same-origin frames (<iframe>, classic <frameset>) put in
// place of the frames, so the article is found when a page shows it in one. The page itself is never changed.
import { isFurniture } from './furniture';
import { inlineShadowRoots } from './shadow';

/** The document shown in a frame, or null/undefined when it cannot be read. */
export type FrameDocument = (frame: Element) => Document | null | undefined;

interface MaybeFrame {
  contentDocument?: Document | null;
}

/**
 * The browser's way in: a same-origin frame's document. Cross-origin frames (ads, video players, social embeds)
 * give null, and are left out; DOMs without frame documents (linkedom) give undefined: their callers pass
 * `frameDocument` to extract() when they can parse a frame's page themselves.
 */
export const contentDocumentOf: FrameDocument = (frame) => (frame as MaybeFrame).contentDocument;

/** Frames in frames in frames: deeper ones are left out, so a page framing itself cannot loop. */
const MAX_FRAME_DEPTH = 3;
/** A frame with less text than this (characters, spaces aside) is a widget or an ad slot, not the story. */
const MIN_FRAME_TEXT = 100;

const FRAMES = 'iframe,frame';

/** What to show for a frame: its document's body; null for a frame without a readable document or text. */
function frameContent(frame: Element, documentOf: FrameDocument, depth: number): ParentNode | null {
  if (isFurniture(frame)) return null;
  const inner = documentOf(frame);
  if (!inner?.documentElement) return null;
  const page = inlineFrames(inner, documentOf, depth + 1);
  const root = page.body ?? page.documentElement;
  const text = (root.textContent ?? '').replace(/\s+/g, '').length;
  return text >= MIN_FRAME_TEXT ? root : null;
}

/** A <frameset> page has no body for Readability to read: the frames' content becomes one. */
function framesetToBody(clone: Document): void {
  for (const noframes of Array.from(clone.querySelectorAll('noframes'))) noframes.remove();
  const frameset = clone.querySelector('frameset');
  if (!frameset || frameset.closest('body')) return;
  const body = clone.createElement('body');
  body.append(...Array.from(frameset.childNodes));
  frameset.replaceWith(body);
}

/**
 * `document` itself when none of its frames shows readable text; otherwise a copy with each such frame
 * replaced by its content (open shadow roots inlined too, as the copy cannot hold them).
 */
export function inlineFrames(
  document: Document,
  documentOf: FrameDocument = contentDocumentOf,
  depth = 0,
): Document {
  if (depth > MAX_FRAME_DEPTH) return document;
  const frames = Array.from(document.querySelectorAll(FRAMES));
  if (frames.length === 0) return document;
  const contents = frames.map((frame) => frameContent(frame, documentOf, depth));
  if (contents.every((root) => root === null)) return document;
  const clone = document.cloneNode(true) as Document;
  // Taken before the shadow roots are inlined, which may add frames of their own.
  const copies = Array.from(clone.querySelectorAll(FRAMES));
  inlineShadowRoots(document, clone);
  copies.forEach((copy, i) => {
    const root = contents[i];
    if (!root) return;
    const wrapper = clone.createElement('div');
    wrapper.append(...Array.from(root.childNodes).map((node) => clone.importNode(node, true)));
    copy.replaceWith(wrapper);
  });
  framesetToBody(clone);
  return clone;
}
