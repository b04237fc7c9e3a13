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

const PDF = {
  ok: false,
  reason: 'unsupported',
  message: 'This is a PDF; StoryDiff reads web articles only.',
} as const;

const NOT_ALLOWED = {
  ok: false,
  reason: 'unsupported',
  message:
    'There is no article StoryDiff can read here: the browser keeps this page closed to extensions. If it is an article, reload it and try again.',
} as const;

/** How Chromium words a refusal for want of access to the page ("… must request permission …"). */
const NOT_GRANTED = /cannot access contents|must request permission|host permission/i;

/**
 * Pauses before asking again when the page refused for want of access. A click's activeTab grant reaches
 * the page's renderer a moment after the click's event reaches the worker, and the worker reads at once:
 * seen as a refusal in about 1 in 10 e2e runs. A page that is really closed to StoryDiff still says so,
 * half a second later.
 */
const GRANT_WAITS_MS = [50, 150, 300];

/** Extracts the article of a tab, or explains in reader's words why it cannot. */
export async function captureFromTab(tabId: number): Promise<ExtractResult> {
  for (let attempt = 0; ; attempt++) {
    const url = (await browser.tabs.get(tabId)).url ?? '';
    if (FORBIDDEN.test(url)) return BROWSER_PAGE;
    if (/\.pdf($|[?#])/i.test(url)) return PDF;
    try {
      // The built script ends by calling the capture function (see vite.config.ts), so its result is the
      // extraction: one round trip to the tab.
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        files: [captureScript],
      });
      const result = injection?.result as ExtractResult | null | undefined;
      return result ?? { ok: false, reason: 'unsupported', message: 'StoryDiff could not read this page.' };
    } catch (error) {
      if (BROWSER_PAGE_REFUSAL.test(String(error))) return BROWSER_PAGE;
      const wait = GRANT_WAITS_MS[attempt];
      if (wait === undefined || !NOT_GRANTED.test(String(error))) return NOT_ALLOWED;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
