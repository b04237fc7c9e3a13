// The capture script, injected on demand into the reader's tab (never declared for all pages), in the
// extension's isolated world. It defines the capture function; the build appends a call to it, so that
// injecting the file returns the ExtractResult (see vite.config.ts). It reads a clone of the page and
// never changes the page. Same-origin frames are read through their contentDocument (extract's default);
// cross-origin frames give none and are left out.
import { extract } from '../core/extract';
import type { ExtractResult } from '../core/model';

declare global {
  // Lives in the isolated world of the content script: the page cannot see or call it.
  var __storydiffCapture: (() => ExtractResult) | undefined;
}

/**
 * How long extraction may hold the reader's page (it runs on the page's main thread): news pages take
 * 20–150 ms in Chromium here, so a page still unread after this long is refused as too large rather than
 * frozen for seconds.
 */
const CAPTURE_BUDGET_MS = 1_500;

globalThis.__storydiffCapture = () => {
  const deadline = performance.now() + CAPTURE_BUDGET_MS;
  return extract(document, { url: location.href, outOfTime: () => performance.now() > deadline });
};
