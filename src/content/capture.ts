// The capture script, injected on demand into the reader's tab (never declared for all pages).
// It only defines a function in the extension's isolated world; the worker calls it and receives the
// Article. It reads a clone of the page and never changes the page.
import { extract } from '../core/extract';
import type { ExtractResult } from '../core/model';

declare global {
  // Lives in the isolated world of the content script: the page cannot see or call it.
  var __storydiffCapture: (() => ExtractResult) | undefined;
}

globalThis.__storydiffCapture = () => extract(document, { url: location.href });
