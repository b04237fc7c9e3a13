// Reading saved HTML pages in Node: parse with linkedom (fast, good enough for Readability) and extract.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extract } from '../core/extract';
import { settleArticle } from '../core/outlet';
import type { ExtractResult } from '../core/model';

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

/**
 * Extracts the article from a saved HTML file, settled as the extension's worker settles a capture (outlet
 * from the address when undeclared, entities decoded); `url` is the page's address when the file does not say it.
 */
export function extractFile(path: string, url?: string): ExtractResult {
  const options = { frameDocument: savedFrameDocument, ...(url === undefined ? {} : { url }) };
  const result = extract(parseHtml(readFileSync(path, 'utf8')), options);
  return result.ok ? { ok: true, article: settleArticle(result.article) } : result;
}
