// Hostile pages in real Chromium: titles, bylines, paragraphs, addresses and JSON-LD carrying scripts,
// event handlers, javascript: URLs, CSS, a 1 MB word, bidi and zero-width characters and lone surrogates.
// Captured and compared, nothing of it runs or breaks the layout in the popup, the side panel, the options
// page or the exported HTML; it is shown as text.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostilePage, MARKER, PWNED_GLOBAL, ONLY_IN } from '../fixtures/hostile';
import {
  captureWithClick,
  launchWithExtension,
  openSidePanelFrom,
  screenshot,
  servePages,
  showing,
  type ExtensionBrowser,
} from './harness';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await servePages([
    { path: '/hostile-a/', body: hostilePage('hostile-a') },
    { path: '/hostile-b/', body: hostilePage('hostile-b') },
  ]);
  ext = await launchWithExtension();
  // The hostile page that is read first, so that reading the second compares with it.
  const first = await captureWithClick(ext, `${server.origin}/hostile-b/`);
  await first.popup.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Asserts that an extension page ran nothing from the pages and shows their text only as text. */
async function assertInert(page: Page, width: number): Promise<void> {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const state = await page.evaluate(
    ({ flag, marker }) => ({
      pwned: (globalThis as Record<string, unknown>)[flag] !== undefined,
      handlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover],[style*="expression"]')
        .length,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      foreignImages: [...document.images].filter((img) => !img.src.startsWith(location.origin)).length,
      frames: document.querySelectorAll('iframe,object,embed').length,
      // Text attributes (labels for screen readers) may carry page text; no other attribute may.
      attributesWithMarker: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some(
          (a) => !['aria-label', 'title', 'alt'].includes(a.name) && a.value.includes(marker),
        ),
      ).length,
      styleElementsWithMarker: [...document.querySelectorAll('style')].filter((s) =>
        s.textContent?.includes(marker),
      ).length,
      textHasMarker: document.body.innerText.includes(marker),
      overflow: document.documentElement.scrollWidth,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    }),
    { flag: PWNED_GLOBAL, marker: MARKER },
  );
  expect(state).toMatchObject({
    pwned: false,
    handlers: 0,
    inlineScripts: 0,
    foreignImages: 0,
    frames: 0,
    attributesWithMarker: 0,
    styleElementsWithMarker: 0,
    textHasMarker: true,
    bodyShown: true,
  });
  expect(state.overflow).toBeLessThanOrEqual(width);
  expect(dialogs).toEqual([]);
}

describe('hostile pages', () => {
  test('the popup shows the comparison of two hostile versions as text, and runs none of it', async () => {
    const { popup } = await captureWithClick(ext, `${server.origin}/hostile-a/`);
    await showing(popup, '[data-testid="missing-count"]');
    const missing = (await popup.locator('.fact-missing .fact-text').allInnerTexts()).join('\n');
    for (const fact of ONLY_IN['hostile-b']) expect(missing).toContain(fact);
    await assertInert(popup, 440);
    await screenshot(popup, 'hostile-popup');

    const panel = await openSidePanelFrom(ext, popup);
    await panel.getByTestId('side-by-side').waitFor({ timeout: 30_000 });
    await assertInert(panel, await panel.evaluate(() => window.innerWidth));
    await panel.getByTestId('all-versions-tab').click();
    await assertInert(panel, await panel.evaluate(() => window.innerWidth));
    await screenshot(panel, 'hostile-sidepanel');
  });

  test('the exported HTML escapes everything and forbids scripts', async () => {
    const { popup } = await captureWithClick(ext, `${server.origin}/hostile-a/`);
    await showing(popup, '[data-testid="missing-count"]');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'HTML', exact: true }).click(),
    ]);
    const html = readFileSync((await download.path()) as string, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*default-src 'none'/);
    server.add({ path: '/export.html', body: html });
    const page = await ext.open(`${server.origin}/export.html`);
    await assertInert(page, await page.evaluate(() => window.innerWidth));
    await page.close();
  });

  test('the options page lists hostile articles as text', async () => {
    const options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    await options.getByTestId('library-table').waitFor();
    expect(await options.getByTestId('library-table').locator('tbody tr').count()).toBe(2);
    await assertInert(options, await options.evaluate(() => window.innerWidth));
    // A javascript: address is never offered as a link.
    expect(await options.locator('a[href^="javascript:" i]').count()).toBe(0);
    await screenshot(options, 'hostile-options');
  });

  test('the stored copy and the side-by-side page show hostile articles as text', async () => {
    const options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    const rows = options.getByTestId('library-row');
    await expect.poll(() => rows.count()).toBe(2);
    const [copy] = await Promise.all([
      options.context().waitForEvent('page'),
      rows.first().getByTestId('stored-copy-link').click(),
    ]);
    await copy.getByTestId('stored-text').waitFor();
    // No screenshot: the 1 MB word, wrapped in a reading column, makes a page too tall to shoot.
    await assertInert(copy, await copy.evaluate(() => window.innerWidth));
    await copy.close();

    for (const row of await rows.all()) await row.getByRole('checkbox').check();
    const [side] = await Promise.all([
      options.context().waitForEvent('page'),
      options.getByTestId('compare-chosen').click(),
    ]);
    await side.getByTestId('side-by-side').waitFor({ timeout: 30_000 });
    await assertInert(side, await side.evaluate(() => window.innerWidth));
    await screenshot(side, 'hostile-side-by-side');
    await side.close();
  });
});
