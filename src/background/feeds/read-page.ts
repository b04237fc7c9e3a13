// A fetched page read into an Article by the same core as a click. A service worker has no DOMParser, so
// the page is parsed by linkedom (the DOM the CLI uses), inertly: no script runs, no frame is loaded.
import { parseHTML } from 'linkedom';
import { extract } from '../../core/extract';
import type { ExtractResult } from '../../core/model';

/** Extracts the article of a fetched page's HTML, read from `url`. */
export function readPage(html: string, url: string): ExtractResult {
  const document = parseHTML(html).document as unknown as Document;
  return extract(document, { url, frameDocument: () => null });
}
