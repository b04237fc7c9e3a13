// Hardening in real Chromium: the extension makes no network request of its own, two tabs capturing at
// once are both stored, and a worker stopped in the middle of a capture leaves no half-written record
// and lets the reader retry.
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleSummary } from '../../src/shared/messages';
import {
  captureWithClick,
  launchWithExtension,
  openSidePanelFrom,
  seedPages,
  servePages,
  showing,
  stopWorker,
  type ExtensionBrowser,
} from './harness';

// Playwright reports a service worker's requests only when asked to (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/**
 * Chromium's own services, which it calls whatever extensions are loaded (updates of its components,
 * sign-in); they reach the proxy from the browser process, not from StoryDiff's pages or worker.
 */
const BROWSER_OWN =
  /^(CONNECT|GET|POST) (https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com|clients2\.google\.com)[:/]/;

/** Every request that is not for 127.0.0.1 goes through this proxy, which refuses it and writes it down. */
async function refusingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
let proxy: Awaited<ReturnType<typeof refusingProxy>>;
let options: Page;
const url = (seed: string) => `${server.origin}/${seed}/`;

/** A request to the worker from the options page, as the extension's own pages send them. */
function send(message: object): Promise<unknown> {
  return options.evaluate(
    (m) => chrome.runtime.sendMessage(m).catch((e: Error) => ({ thrown: e.message })),
    message,
  );
}

async function library(): Promise<ArticleSummary[]> {
  const answer = (await send({ type: 'listLibrary', params: {} })) as {
    ok: boolean;
    result: ArticleSummary[];
  };
  expect(answer.ok).toBe(true);
  return answer.result;
}

beforeAll(async () => {
  proxy = await refusingProxy();
  server = await servePages(seedPages());
  ext = await launchWithExtension({ args: [`--proxy-server=http://127.0.0.1:${proxy.port}`] });
  options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await proxy?.close();
});

describe('privacy', () => {
  test('a whole journey sends nothing anywhere but the pages being read', async () => {
    const requested: string[] = [];
    ext.onRequest((address) => requested.push(address));
    for (const seed of ['seed-003', 'seed-001', 'seed-000']) {
      const { popup, page } = await captureWithClick(ext, url(seed));
      await showing(popup, '[data-testid="missing-count"], [data-testid="no-versions"]');
      if (seed === 'seed-000') {
        const panel = await openSidePanelFrom(ext, popup);
        await panel.getByTestId('side-by-side').waitFor();
        await panel.getByTestId('all-versions-tab').click();
      }
      await page.close();
    }
    await options.reload();
    await options.getByTestId('library-table').waitFor();
    // Every request of every page and of the worker: the seed pages, and the extension's own files.
    const elsewhere = requested.filter(
      (address) =>
        !address.startsWith(`${server.origin}/`) &&
        !address.startsWith(`chrome-extension://${ext.extensionId}/`),
    );
    expect(elsewhere).toEqual([]);
    expect(requested.filter((a) => a.startsWith(server.origin)).length).toBeGreaterThanOrEqual(3);
    // Nothing but the browser's own services went through the proxy that every other address must take.
    expect(proxy.seen.filter((line) => !BROWSER_OWN.test(line))).toEqual([]);
    // Only the seed pages themselves were fetched from the test server.
    expect(server.requests.every((path) => /^\/seed-00\d\/$/.test(path) || path === '/favicon.ico')).toBe(
      true,
    );

    // The recorder does hear the worker: a request made from it (by this test, not by StoryDiff) shows up.
    const worker = ext.context.serviceWorkers()[0];
    await worker?.evaluate(
      (address) => fetch(address).catch(() => undefined),
      `${server.origin}/from-the-worker`,
    );
    await expect.poll(() => requested.some((a) => a.endsWith('/from-the-worker'))).toBe(true);
  });
});

describe('robustness', () => {
  test('two tabs captured at the same moment are both stored', async () => {
    const tabs: number[] = [];
    for (const seed of ['seed-002', 'seed-004']) {
      const { popup, page } = await captureWithClick(ext, url(seed));
      await popup.close();
      tabs.push(await tabIdOf(page));
    }
    await send({ type: 'clearLibrary', params: {} });
    expect(await library()).toEqual([]);
    const answers = (await Promise.all(
      tabs.map((tabId) => send({ type: 'captureTab', params: { tabId } })),
    )) as {
      ok: boolean;
      result: { status: string };
    }[];
    expect(answers.map((a) => a.ok && a.result.status)).toEqual(['captured', 'captured']);
    expect((await library()).map((a) => a.outlet).sort()).toEqual([
      'Global Affairs Today',
      'Politics Roundup',
    ]);
  });

  test('a worker stopped during a capture leaves no half-written record, and a retry succeeds', async () => {
    const { popup, page } = await captureWithClick(ext, url('seed-001'));
    await popup.close();
    const tabId = await tabIdOf(page);
    await send({ type: 'clearLibrary', params: {} });
    const inFlight = send({ type: 'captureTab', params: { tabId } });
    await stopWorker(ext, options);
    await inFlight;
    for (const article of await library()) expect(article.words).toBeGreaterThan(300);
    const retried = (await send({ type: 'captureTab', params: { tabId } })) as {
      ok: boolean;
      result: { status: string };
    };
    expect(retried.ok && retried.result.status).toBe('captured');
    expect((await library()).map((a) => a.outlet)).toEqual(['Baltic Wire']);
  });

  test('messages that are not StoryDiff requests are refused, and the worker keeps answering', async () => {
    for (const junk of [
      null,
      42,
      'captureTab',
      { type: 'captureTab' },
      { type: 'eval', params: { code: '1' } },
    ]) {
      const answer = (await send(junk as object)) as { ok: boolean; error: string };
      expect(answer.ok).toBe(false);
      expect(answer.error).toMatch(/refused/);
    }
    expect((await library()).length).toBe(1);
  });
});

/** The browser's id for the tab showing `page`. */
async function tabIdOf(page: Page): Promise<number> {
  const target = page.url();
  return options.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u });
    return Math.max(...tabs.map((t) => t.id ?? -1));
  }, target);
}
