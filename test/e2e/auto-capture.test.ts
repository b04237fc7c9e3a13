// Automatic capture on the sites a reader lists: set on the options page, then articles on those sites are
// kept as they load, with no click, and articles elsewhere are not. The pages are served on 127.0.0.1
// under a news-like host name (Chromium's host resolver maps it), since the options page accepts real
// host names only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST_CHROME } from '../paths';
import { launchWithExtension, seedPages, servePages, type ExtensionBrowser } from './harness';

const SITE = 'news.storydiff.test';
const OTHER_SITE = 'elsewhere.storydiff.test';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
let dist: string;
let options: Page;

/**
 * The production build, with the optional permission for SITE already granted. Granting it is the
 * browser's own prompt, which no test can click; everything after the grant is StoryDiff's code as built.
 */
function buildWithGrant(): string {
  const copy = mkdtempSync(join(tmpdir(), 'storydiff-granted-'));
  cpSync(DIST_CHROME, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [`http://${SITE}/*`, `https://${SITE}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

async function libraryTitles(): Promise<string[]> {
  const answer = (await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'listLibrary', params: {} }),
  )) as { ok: boolean; result: { title: string }[] };
  return answer.ok ? answer.result.map((a) => a.title) : [];
}

beforeAll(async () => {
  server = await servePages(seedPages());
  dist = buildWithGrant();
  ext = await launchWithExtension({
    dist,
    args: [`--host-resolver-rules=MAP ${SITE} 127.0.0.1, MAP ${OTHER_SITE} 127.0.0.1`],
  });
  options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

test('articles on a listed site are captured as they load, without a click; other sites are not', async () => {
  const port = new URL(server.origin).port;
  await options.getByLabel('Also automatically on these sites:').check();
  await options.getByLabel('Sites captured automatically, one per line').fill(`https://${SITE}/`);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => options.getByText('Saved.').isVisible()).toBe(true);

  const elsewhere = await ext.open(`http://${OTHER_SITE}:${port}/seed-002/`);
  const listed = await ext.open(`http://${SITE}:${port}/seed-003/`);
  await expect.poll(libraryTitles, { timeout: 15_000 }).toHaveLength(1);
  expect((await libraryTitles())[0]).toContain('Russia Invites Zelenskyy To Moscow');

  // A second outlet's version on the listed site: kept too, and the badge counts the first.
  const second = await ext.open(`http://${SITE}:${port}/seed-000/`);
  await expect.poll(libraryTitles, { timeout: 15_000 }).toHaveLength(2);
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const badge = () =>
    worker.evaluate(async (target) => {
      const [tab] = await chrome.tabs.query({ url: target });
      return tab?.id === undefined ? '<no tab>' : chrome.action.getBadgeText({ tabId: tab.id });
    }, second.url());
  await expect.poll(badge, { timeout: 15_000 }).toBe('1');
  // By now the unlisted site's page has long finished loading: it was read by nobody.
  const unlistedTitle = await elsewhere.locator('h1').first().textContent();
  expect(unlistedTitle?.length).toBeGreaterThan(20);
  expect(await libraryTitles()).toHaveLength(2);
  expect(await libraryTitles()).not.toContain(unlistedTitle?.trim());
  for (const page of [elsewhere, listed, second]) await page.close();
});
