// Reading saved HTML pages in Node: parse with linkedom (fast, good enough for Readability), frames too.
import { parseHTML } from 'linkedom';

/** Parses an HTML string into a Document that the core's extract() accepts. */
export function parseHtml(html: string): Document {
  // linkedom's parseHTML returns its own window; its document implements the DOM subset extract() uses.
  return parseHTML(html).document as unknown as Document;
}

/**
 * The document a frame shows, as far as a saved page holds it: an iframe's srcdoc, parsed inertly by
 * linkedom (no script runs). Frames loaded from an address are not in the file, so they are left out.
 */
export function savedFrameDocument(frame: Element): Document | null {
  const srcdoc = frame.getAttribute('srcdoc');
  return srcdoc ? parseHtml(srcdoc) : null;
}
