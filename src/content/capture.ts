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

globalThis.__storydiffCapture = () => extract(document, { url: location.href });
