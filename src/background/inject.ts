// Runs the capture script in a tab and returns what it extracted.
import captureScript from '../content/capture.ts?iife';
import type { ExtractResult } from '../core/model';
import { browser } from '../shared/browser-api';

/** Pages no extension may read: the browser's own pages and its web stores. */
const FORBIDDEN =
  /^(chrome|edge|about|moz-extension|chrome-extension|devtools|view-source):|^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)/;

const BROWSER_PAGE = {
  ok: false,
  reason: 'unsupported',
  message: 'StoryDiff cannot read the browser’s own pages or its web store.',
} as const;

/**
 * How Chromium words its refusal to script its own pages ("Cannot access a chrome:// URL", "The extensions
 * gallery cannot be scripted"). Without the tabs permission the worker does not see such a tab's address,
 * so the refusal is all it has to tell these pages from a page it was not allowed to read.
 */
const BROWSER_PAGE_REFUSAL = /chrome:\/\/|edge:\/\/|about:|gallery cannot be scripted|chrome-extension:\/\//i;

/** Extracts the article of a tab, or explains in reader's words why it cannot. */
export async function captureFromTab(tabId: number): Promise<ExtractResult> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (FORBIDDEN.test(url)) return BROWSER_PAGE;
  if (/\.pdf($|[?#])/i.test(url)) {
    return { ok: false, reason: 'unsupported', message: 'This is a PDF; StoryDiff reads web articles only.' };
  }
  try {
    // The built script ends by calling the capture function (see vite.config.ts), so its result is the
    // extraction: one round trip to the tab.
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [captureScript] });
    const result = injection?.result as ExtractResult | null | undefined;
    if (!result) return { ok: false, reason: 'unsupported', message: 'StoryDiff could not read this page.' };
    return result;
  } catch (error) {
    if (BROWSER_PAGE_REFUSAL.test(String(error))) return BROWSER_PAGE;
    return {
      ok: false,
      reason: 'unsupported',
      message: 'StoryDiff is not allowed to read this page. Click the StoryDiff icon on the page itself.',
    };
  }
}
