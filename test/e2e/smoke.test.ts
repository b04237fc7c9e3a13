// The production build loads in real Chromium; a toolbar click opens the real popup, which shows the
// title of the served article as the capture script read it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, POPUP_PAGE } from '../paths';
import { distinctColours } from './image';
import { launchWithExtension, screenshot, servePages, type ExtensionBrowser } from './harness';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour ferry returns after storm repairs | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier"></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Harbour ferry returns after storm repairs</h1>
<p>The harbour ferry resumed its crossings on Monday after six weeks of repairs to the storm-damaged pier, the port authority said.</p>
<p>Engineers replaced 40 metres of decking and reinforced the mooring posts that gave way during the January gales, which also flooded the ticket office.</p>
<p>Passenger numbers are expected to return to the usual 2,000 a day by the end of the month, according to the operator, which apologised for the disruption.</p>
<p>The town council said it would review the pier's insurance and the timetable for a planned second landing stage further along the quay.</p>
</article><footer>© The Coastal Courier</footer></body></html>`;

/** A one-page PDF that says nothing: enough for the browser to show its PDF viewer. */
const MINIMAL_PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj
trailer<</Root 1 0 R>>
%%EOF`;

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  server = await servePages([
    { path: '/local/ferry.html', body: ARTICLE },
    { path: '/', body: readFileSync(join(PAGES, 'home-page', 'source.html'), 'utf8') },
    { path: '/reports/annual.pdf', body: MINIMAL_PDF, type: 'application/pdf' },
  ]);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('a toolbar click opens the popup with the captured article title', async () => {
  const page = await ext.open(`${server.origin}/local/ferry.html`);
  const popup = await ext.clickAction(page);
  const title = popup.getByTestId('article-title');
  await title.waitFor({ timeout: 15_000 });
  expect(await title.textContent()).toBe('Harbour ferry returns after storm repairs');
  const shot = await screenshot(popup, 'smoke-popup');
  expect(distinctColours(shot)).toBeGreaterThan(20);
});

test('pages that are not articles get an answer in plain words: a home page, a PDF, the browser’s own page', async () => {
  const answers: string[] = [];
  for (const url of [`${server.origin}/`, `${server.origin}/reports/annual.pdf`, 'chrome://version/']) {
    const page = await ext.open(url);
    const popup = await ext.clickAction(page);
    const notice = popup.getByTestId('not-article');
    await notice.waitFor({ timeout: 15_000 });
    answers.push((await notice.textContent()) ?? '');
    if (answers.length === 1) await screenshot(popup, 'popup-not-article');
    await popup.close();
    await page.close();
  }
  expect(answers).toEqual([
    'This page does not look like an article.',
    'This is a PDF; StoryDiff reads web articles only.',
    'StoryDiff cannot read the browser’s own pages or its web store.',
  ]);
});

test('a popup left set for a tab (its click could not open it) still captures, and the next click reaches the worker again', async () => {
  const page = await ext.open(`${server.origin}/local/ferry.html`);
  await page.bringToFront();
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  // The worker sees no address without the tabs permission: the tab is the one in front.
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (tabId === undefined) throw new Error('no tab in front');
  const popupOfTab = (set?: string) =>
    worker.evaluate(
      async ({ tabId, set }) => {
        if (set !== undefined) await chrome.action.setPopup({ tabId, popup: set });
        return chrome.action.getPopup({ tabId });
      },
      { tabId, set },
    );
  // What a click whose popup the browser could not open leaves behind: the popup set for this tab.
  expect(await popupOfTab(POPUP_PAGE)).toMatch(/src\/ui\/popup\/index\.html$/);
  const popup = await ext.clickAction(page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  expect(await popup.getByTestId('article-title').textContent()).toBe(
    'Harbour ferry returns after storm repairs',
  );
  await expect.poll(() => popupOfTab()).toBe('');
  await popup.close();
  await page.close();
});
