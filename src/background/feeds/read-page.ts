// A fetched page read into an Article by the same core as a click. Chromium's service worker has no
// DOMParser, so there the page is parsed by linkedom (the DOM the CLI uses); Firefox's background page
// has the browser's own parser, about 1.4x faster with extract (median; 2x at the 90th percentile), and
// uses it. Either way the document is inert: no script runs, no frame or image is loaded.
import { parseHTML } from 'linkedom';
import { extract } from '../../core/extract';
import type { ExtractResult } from '../../core/model';

/** The page's document, from the browser's parser where the context has one. */
function parse(html: string): Document {
  if (typeof DOMParser === 'function') return new DOMParser().parseFromString(html, 'text/html');
  return parseHTML(html).document as unknown as Document;
}

/** Extracts the article of a fetched page's HTML, read from `url`. */
export function readPage(html: string, url: string): ExtractResult {
  return extract(parse(html), { url, frameDocument: () => null });
}
