// The popup's words where they used to mislead, in real Chromium with real toolbar clicks: a page read again
// after its outlet edited it names the earlier capture as such (no "100% match"), heads its differences
// "changed since" and says what changed even when nothing was removed; an empty tab is not told to click
// the icon the reader just clicked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGES } from '../paths';
import {
  captureWithClick,
  launchWithExtension,
  screenshot,
  servePages,
  showing,
  type ExtensionBrowser,
} from './harness';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
const first = readFileSync(join(PAGES, 'seed-004', 'source.html'), 'utf8');
const ADDED =
  'Officials said on Friday that the talks in Abu Dhabi had been moved to Monday at the request of both delegations.';
const edited = first
  .replace('approximately 20% of the Donetsk area', 'approximately 25% of the Donetsk area')
  .replace('</p>', `</p>\n<p>${ADDED}</p>`);

beforeAll(async () => {
  server = await servePages([{ path: '/story/', body: first }]);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('an updated page', () => {
  test('is compared with its earlier capture in words of edits, not of another outlet', async () => {
    (await captureWithClick(ext, `${server.origin}/story/`)).popup.close();
    expect(edited).not.toBe(first);
    server.add({ path: '/story/', body: edited });
    const { popup } = await captureWithClick(ext, `${server.origin}/story/`);
    await showing(popup, '[data-testid="summary"]');
    const versions = await popup.getByTestId('versions').locator('li').allInnerTexts();
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatch(/^Earlier version \(captured /);
    const text = await popup.locator('main').innerText();
    expect(text).not.toMatch(/100%|match/);
    expect(text).not.toMatch(/differ from/i);
    const summary = await popup.getByTestId('summary').innerText();
    expect(summary).toMatch(/^Changed since /);
    expect(summary).toMatch(/1 detail changed/);
    expect(summary).toMatch(/0 facts removed/);
    expect(await popup.locator('#changes-heading').innerText()).toMatch(/^Changed since /);
    // The detail is named by what it measures and keeps the text's own qualifier ("approximately").
    expect(await popup.locator('.change-list').innerText()).toMatch(
      /Percent\s+approximately 20% → approximately 25% \(changed since /i,
    );
    expect(await popup.locator('#only-heading').innerText()).toMatch(/^New since /);
    expect(text).toContain(ADDED);
    await screenshot(popup, 'popup-updated-page');
    await popup.close();
  });

  test('an empty tab gets an answer that does not ask for the click the reader just made', async () => {
    const page = await ext.open('about:blank');
    const popup = await ext.clickAction(page);
    const notice = popup.getByTestId('not-article');
    await notice.waitFor({ timeout: 30_000 });
    const text = await notice.innerText();
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/click the StoryDiff icon/i);
    await screenshot(popup, 'popup-empty-tab');
    await popup.close();
  });
});
