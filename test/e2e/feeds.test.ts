// Following outlets in Chromium, with the production build: two outlets followed from the options page,
// the poll alarm fired by the test, their articles stored; a third outlet's article clicked and compared
// with both; an outlet unfollowed and never asked again; no request of the poller carries a cookie.
// The outlets are served on 127.0.0.1 under their own host names (Chromium's host resolver maps them).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST_CHROME } from '../paths';
import { seedStories, startOutlet, type Outlet } from '../feed-server';
import { launchWithExtension, screenshot, showing, type ExtensionBrowser } from './harness';

const HOSTS = { wire: 'wire.storydiff.test', tribune: 'tribune.storydiff.test', asia: 'asia.storydiff.test' };

let ext: ExtensionBrowser;
let dist: string;
let options: Page;
let worker: Worker;
const outlets: Record<keyof typeof HOSTS, Outlet> = {} as never;

/**
 * The production build with the optional permission for the two followed outlets already granted: the
 * grant is the browser's own prompt, which no test can click; all after it is StoryDiff's code as built.
 */
function buildWithGrant(): string {
  const copy = mkdtempSync(join(tmpdir(), 'storydiff-feeds-'));
  cpSync(DIST_CHROME, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [`http://${HOSTS.wire}/*`, `http://${HOSTS.tribune}/*`];
  writeFileSync(path, JSON.stringify(manifest));
  return copy;
}

async function ask<T>(type: string, params: object = {}): Promise<T> {
  const answer = (await options.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, params: p }), [
    type,
    params,
  ] as const)) as { ok: boolean; result: T; error?: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.result;
}

/** Fires the poll alarm now, as the browser would when it is due. */
function fireAlarm(): Promise<void> {
  return worker.evaluate(() => chrome.alarms.create('storydiff-poll-soon', { when: Date.now() }));
}

beforeAll(async () => {
  const stories = seedStories();
  // 003 alone reports that Putin agreed not to attack Kyiv for a week.
  outlets.wire = await startOutlet({ name: 'Wire', format: 'rss', stories: [stories[3]!], host: HOSTS.wire });
  outlets.tribune = await startOutlet({
    name: 'Tribune',
    format: 'atom',
    stories: [stories[1]!],
    host: HOSTS.tribune,
  });
  outlets.asia = await startOutlet({
    name: 'Asia',
    format: 'json',
    stories: [stories[0]!],
    host: HOSTS.asia,
  });
  dist = buildWithGrant();
  const rules = Object.entries(HOSTS).map(([, host]) => `MAP ${host} 127.0.0.1`);
  ext = await launchWithExtension({ dist, args: [`--host-resolver-rules=${rules.join(', ')}`] });
  worker = ext.context.serviceWorkers()[0] as Worker;
  options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
});

afterAll(async () => {
  await ext?.close();
  await Promise.all(Object.values(outlets).map((o) => o?.close()));
  if (dist) rmSync(dist, { recursive: true, force: true });
});

test('follow two outlets, poll, click a third: compared with both; unfollow: never asked again', async () => {
  // The reader has visited the Wire before: the browser holds its cookie.
  const visit = await ext.open(`${outlets.wire.base}/`);
  await visit.reload();
  await visit.close();

  for (const outlet of [outlets.wire, outlets.tribune]) {
    await options.getByLabel('Site or feed address').fill(`${outlet.base}/`);
    await options.getByRole('button', { name: 'Find feeds' }).click();
    await options.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect.poll(() => options.getByTestId('feeds-status').textContent()).toMatch(/^Following/);
  }
  await expect.poll(() => options.locator('[data-testid="followed"] li').count()).toBe(2);
  expect(await options.getByTestId('feeds').textContent()).toContain('every 30 minutes');

  await fireAlarm();
  const stored = () =>
    ask<{ feedUrl: string | null }[]>('listLibrary').then((list) => list.filter((a) => a.feedUrl).length);
  await expect.poll(stored, { timeout: 30_000 }).toBe(2);

  // The reader reads the third outlet's article (003's fact is missing from it) and clicks.
  const page = await ext.open(`${outlets.asia.base}/world/${outlets.asia.stories[0]!.slug}.html`);
  const popup = await ext.clickAction(page);
  await showing(popup, '[data-testid="versions"]');
  const versions = await popup.getByTestId('versions').textContent();
  expect(versions).toContain('Wire');
  expect(versions).toContain('Tribune');
  await showing(popup, '[data-testid="following"]');
  expect(await popup.getByTestId('following').textContent()).toMatch(
    /with a version: (Wire, Tribune|Tribune, Wire)/,
  );
  await screenshot(popup, 'feeds-popup');
  await popup.close();
  await page.close();

  // Unfollow the Wire, and remove its article.
  await options.reload();
  const wire = options.locator(`[data-testid="followed"] li[data-url="${outlets.wire.feedUrl}"]`);
  await wire.getByRole('button', { name: 'Unfollow and remove its articles' }).click();
  await expect.poll(() => options.locator('[data-testid="followed"] li').count()).toBe(1);
  const askedBefore = outlets.wire.requests.length;
  const tribuneBefore = outlets.tribune.requests.length;
  const report = await ask<{ feeds: number }>('pollFeeds');
  expect(report.feeds).toBe(1);
  await fireAlarm();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(outlets.wire.requests.length).toBe(askedBefore);
  expect(outlets.tribune.requests.length).toBeGreaterThan(tribuneBefore);
  expect(await stored()).toBe(1);

  // No request of StoryDiff's (fetches: Accept */*, no HTTP cache) carried a cookie or a referrer, though
  // the browser holds the Wire's cookie from the reader's visit (its second page load did carry it).
  const fetched = [outlets.wire, outlets.tribune].flatMap((o) =>
    o.requests.filter((r) => r.headers.accept === '*/*' && r.headers['cache-control'] === 'no-cache'),
  );
  expect(fetched.map((r) => r.path)).toEqual(
    expect.arrayContaining([
      '/',
      '/feed.xml',
      '/world/003_d3dc8e5c70a61056.html',
      '/world/001_7c8402c0cbb5e35b.html',
    ]),
  );
  for (const r of fetched) {
    expect(r.headers.cookie, r.path).toBeUndefined();
    expect(r.headers.referer, r.path).toBeUndefined();
  }
  expect(outlets.wire.requests.some((r) => r.headers.cookie === 'session=Wire-tracker')).toBe(true);
  // A whole round contacts the followed outlet only.
  const hosts = new Set<string>();
  ext.onRequest((url) => hosts.add(new URL(url).hostname));
  await ask('pollFeeds');
  expect([...hosts].filter((h) => h !== ext.extensionId)).toEqual([HOSTS.tribune]);
});
