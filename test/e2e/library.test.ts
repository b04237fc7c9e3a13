// What is not an article, what is cut off, and the library page, in real Chromium with real toolbar clicks: a
// news site's front page is refused and never stored; a paywalled teaser is flagged and the popup says it is
// cut off; the options page groups the library by story, opens an article's stored copy (not the live page,
// which is changed after the capture) and compares two articles side by side.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGES } from '../paths';
import { distinctColours } from './image';
import {
  captureWithClick,
  launchWithExtension,
  openSidePanelFrom,
  screenshot,
  seedPages,
  servePages,
  showing,
  type ExtensionBrowser,
} from './harness';

const fixture = (name: string) => readFileSync(join(PAGES, name, 'source.html'), 'utf8');

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
let options: Page;
const url = (path: string) => `${server.origin}${path}`;

beforeAll(async () => {
  server = await servePages([
    ...seedPages(),
    { path: '/', body: fixture('news-front-page') },
    { path: '/region/strompreis', body: fixture('login-teaser') },
    { path: '/news/tide-gauge', body: fixture('metered-full-article') },
  ]);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The library's rows, after a reload of the options page, brought to the front (tabs behind are not drawn). */
async function libraryRows(): Promise<string[]> {
  await options.bringToFront();
  await options.reload();
  await options.getByTestId('library-table').waitFor();
  return options.getByTestId('library-row').allInnerTexts();
}

describe('what is not an article, and what is cut off', () => {
  test('a news site’s front page is refused in plain words and not stored', async () => {
    const { popup } = await captureWithClick(ext, url('/'));
    await showing(popup, '[data-testid="not-article"]');
    expect(await popup.getByTestId('not-article').textContent()).toBe(
      'This page does not look like an article.',
    );
    await screenshot(popup, 'library-front-page-refused');
    await popup.close();
    // Nothing was stored: the options page says the library is empty.
    options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    await options.getByText('Your library is empty').waitFor();
  });

  test('a paywalled teaser is flagged, and the popup says it is cut off before anything else', async () => {
    const { popup } = await captureWithClick(ext, url('/region/strompreis'));
    await showing(popup, '[data-testid="partial-notice"]');
    const notice = (await popup.getByTestId('partial-notice').textContent()) ?? '';
    expect(notice).toMatch(/This article is cut off/);
    expect(notice).toMatch(/paywall/);
    expect(distinctColours(await screenshot(popup, 'library-paywall-popup'))).toBeGreaterThan(20);
    // The side panel says so too.
    const panel = await openSidePanelFrom(ext, popup);
    await panel.getByTestId('partial-notice').waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('partial-notice').textContent()).toMatch(/This article is cut off/);
  });

  test('a full article on a site with a metered paywall is not flagged', async () => {
    const { popup } = await captureWithClick(ext, url('/news/tide-gauge'));
    await showing(popup, '[data-testid="no-versions"], [data-testid="missing-count"]');
    expect(await popup.getByTestId('partial-notice').count()).toBe(0);
    await popup.close();
  });
});

describe('the library page', () => {
  test('groups the library by story, with versions, dates and outlets', async () => {
    for (const seed of ['seed-000', 'seed-003', 'seed-001'])
      (await captureWithClick(ext, url(`/${seed}/`))).popup.close();
    expect(await libraryRows()).toHaveLength(5);
    const stories = options.getByTestId('story');
    expect(await stories.count()).toBe(3);
    const kremlin = stories.filter({ hasText: 'Kremlin' });
    expect(await kremlin.getByTestId('library-row').count()).toBe(3);
    const meta = (await kremlin.getByTestId('story-meta').textContent()) ?? '';
    expect(meta).toMatch(/^3 versions from 3 outlets: /);
    for (const outlet of ['Courier Now', 'Baltic Wire']) expect(meta).toContain(outlet);
    // Each row shows its publication date (the seeds: 29 January 2026).
    for (const row of await kremlin.getByTestId('library-row').allInnerTexts()) expect(row).toMatch(/2026/);
    // The cut-off teaser is marked as such in its own story.
    expect(await stories.filter({ hasText: 'Strompreis' }).textContent()).toContain('cut off');
    await screenshot(options, 'library-grouped');
  });

  test('an article opens its stored copy, as captured, not the live page', async () => {
    // The outlet edits its page after the capture: the stored copy must not follow.
    const live = fixture('metered-full-article').replace(
      'highest reading since the floods of 1953',
      'highest reading since records began',
    );
    server.add({ path: '/news/tide-gauge', body: live });
    const row = options.getByTestId('library-row').filter({ hasText: 'Tide gauge' });
    const [copy] = await Promise.all([
      options.context().waitForEvent('page'),
      row.getByTestId('stored-copy-link').click(),
    ]);
    await copy.getByTestId('stored-text').waitFor();
    expect(copy.url()).toMatch(/\/src\/ui\/reader\/index\.html\?id=/);
    expect(await copy.getByTestId('stored-title').textContent()).toBe(
      'Tide gauge records highest surge since 1953',
    );
    const text = await copy.getByTestId('stored-text').innerText();
    expect(text).toContain('the highest reading since the floods of 1953');
    expect(text).not.toContain('since records began');
    expect(await copy.getByTestId('stored-banner').textContent()).toMatch(/Stored copy/);
    // Text, never markup: the stored copy has no element the page's text could have brought.
    expect(await copy.locator('.stored-text p').count()).toBe(10);
    await screenshot(copy, 'library-stored-copy');
    await copy.close();
  });

  test('two chosen articles are compared side by side, with what one reports that the other lacks', async () => {
    const kremlin = options.getByTestId('story').filter({ hasText: 'Kremlin' });
    const rows = kremlin.getByTestId('library-row');
    await rows.filter({ hasText: 'Baltic Wire' }).getByRole('checkbox').check();
    await rows.filter({ hasText: 'Courier Now' }).getByRole('checkbox').check();
    const [side] = await Promise.all([
      options.context().waitForEvent('page'),
      options.getByTestId('compare-chosen').click(),
    ]);
    const table = side.getByTestId('side-by-side');
    await table.waitFor({ timeout: 30_000 });
    const heads = await side.locator('.compare-head').allInnerTexts();
    expect(heads[0]).toContain('Baltic Wire');
    expect(heads[1]).toContain('Courier Now');
    // The matcher's figure, as the version picker gives it: two versions of one story, no warning.
    expect(await side.getByTestId('similarity').textContent()).toMatch(/^\d+% match$/);
    const missing = await side.locator('tr.row-only-other').allInnerTexts();
    expect(missing.some((row) => /not to fire into Kyiv|halt attacks on Kyiv/.test(row))).toBe(true);
    expect(await side.locator('tr.row-changed, tr.row-same').count()).toBeGreaterThan(3);
    await screenshot(side, 'library-side-by-side');
    await side.close();
  });
});
