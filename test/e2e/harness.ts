// End-to-end harness: serves pages on 127.0.0.1, starts Debian's Chromium with the built extension in a
// fresh profile, and clicks the real toolbar action through CDP (Extensions.triggerAction).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { DIST_CHROME, PAGES, POPUP_PAGE, RESULTS } from '../paths';

/** The Chromium binary: CHROMIUM_PATH, or Debian's real binary (not the /usr/bin wrapper). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** A page the test server answers with. */
export interface ServedPage {
  /** Path on the server, e.g. "/news/story.html". */
  path: string;
  /** Response body. */
  body: string;
  /** Content type; HTML by default. */
  type?: string;
}

/** Serves fixed pages on 127.0.0.1 at a free port; records every request path. */
export async function servePages(
  pages: ServedPage[],
): Promise<{ origin: string; requests: string[]; add(page: ServedPage): void; close(): Promise<void> }> {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const page = byPath.get((req.url ?? '').split('?')[0] ?? '');
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    add: (page) => void byPath.set(page.path, page),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A running Chromium with the extension loaded. */
export interface ExtensionBrowser {
  browser: Browser;
  /** The browser's default context, through the newest connection. */
  readonly context: BrowserContext;
  extensionId: string;
  /** Opens a page in a new tab and waits for it to load. */
  open(url: string): Promise<Page>;
  /** Clicks the StoryDiff toolbar icon for `page`'s tab and returns the real popup. */
  clickAction(page: Page): Promise<Page>;
  /** Epoch milliseconds of the last click, taken just before the click command is sent. */
  readonly lastClickAt: number;
  /** Waits for an extension page the browser opened itself (the side panel) and returns it. */
  attachTo(path: string, before?: string[]): Promise<Page>;
  /** Calls `listener` with the address of every request any page or the worker makes, from now on. */
  onRequest(listener: (url: string) => void): void;
  close(): Promise<void>;
}

function waitForDevTools(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen}`)));
  });
}

/** How to start the browser. */
export interface LaunchOptions {
  /** The unpacked extension (dist/chrome by default). */
  dist?: string;
  /** Headless (default) or a real window, for the demo. */
  headless?: boolean;
  /** The browser binary (Debian's Chromium by default). */
  executable?: string;
  /** More command-line switches. */
  args?: string[];
}

/**
 * Waits until a freshly installed worker listens for the toolbar click. Until its script has run, the
 * browser knows no listener and drops a click (2 first clicks in 10 were lost, right after launch); a
 * reader takes longer than that to find the icon, and after a restart the browser remembers the listener.
 */
async function clickListened(worker: Worker): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await worker.evaluate(() => chrome.action.onClicked.hasListeners()).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the extension’s worker never listened for the toolbar click');
}

/** Starts Chromium with the built extension in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { dist = DIST_CHROME, headless = true, executable = CHROMIUM, args = [] } = options;
  if (!existsSync(executable))
    throw new Error(`Chromium not found at ${executable}: apt-get install chromium`);
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No build at ${dist}: run npm run build`);
  const profile = mkdtempSync(join(tmpdir(), 'storydiff-e2e-'));
  const child = spawn(
    executable,
    [
      ...(headless ? ['--headless=new'] : []),
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The browser's own calls home (autofill, translation, time, sign-in), off: the machine has no
      // network, and the privacy test should hear only from StoryDiff.
      '--disable-features=AutofillServerCommunication,Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying,SigninInterception',
      '--no-pings',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--window-size=1280,900',
      ...args,
      'about:blank',
    ],
    // Its own process group, so that closing ends Chromium's helper processes too.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await waitForDevTools(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const cdp = await browser.newBrowserCDPSession();
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    action: { default_popup?: string };
  };
  // StoryDiff's manifest names no popup (its worker opens one on the click); other extensions' do.
  const popupPath = manifest.action.default_popup ?? POPUP_PAGE;
  if (!manifest.action.default_popup) await clickListened(worker);
  const connections: Browser[] = [];

  async function tabTargetId(page: Page): Promise<string> {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.url === page.url());
    if (!target) throw new Error(`No tab target for ${page.url()}`);
    return target.targetId;
  }

  /**
   * Playwright does not attach to the action popup that Chromium opens, but a connection made after the
   * popup exists attaches to every page target, the popup included.
   */
  /** The ids of the page targets showing `url` now. */
  async function pageTargets(url: string): Promise<string[]> {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    return targetInfos.filter((t) => t.type === 'page' && t.url === url).map((t) => t.targetId);
  }

  /**
   * Attaches to the page at `path` that opens after `before` (the targets showing it until then): a
   * popup closed a moment ago can still be listed, and must not be taken for the new one.
   */
  async function attachTo(path: string, before: string[] = []): Promise<Page> {
    const url = `chrome-extension://${extensionId}/${path}`;
    let target: string | undefined;
    for (let attempt = 0; attempt < 100 && !target; attempt++) {
      target = (await pageTargets(url)).find((id) => !before.includes(id));
      if (!target) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!target) throw new Error(`${path} did not open`);
    const second = await chromium.connectOverCDP(endpoint);
    connections.push(second);
    for (const listener of requestListeners) listenTo(second.contexts()[0], listener);
    for (const candidate of second.contexts().flatMap((c) => c.pages())) {
      if (candidate.url() !== url) continue;
      const session = await candidate.context().newCDPSession(candidate);
      const { targetInfo } = (await session.send('Target.getTargetInfo')) as {
        targetInfo: { targetId: string };
      };
      await session.detach();
      if (targetInfo.targetId !== target) continue;
      await candidate.waitForLoadState('domcontentloaded');
      return candidate;
    }
    throw new Error(`${path} opened but could not be attached to`);
  }

  /**
   * Each connection sets where downloads go, and the newest one wins: pages are opened through the newest
   * connection so that their downloads reach Playwright.
   */
  const latest = (): BrowserContext => connections.at(-1)?.contexts()[0] ?? context;
  let lastClickAt = 0;
  const requestListeners: ((url: string) => void)[] = [];
  const listenTo = (target: BrowserContext | undefined, listener: (url: string) => void) =>
    target?.on('request', (request) => listener(request.url()));

  return {
    browser,
    get context() {
      return latest();
    },
    extensionId,
    async open(url) {
      const page = await latest().newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    attachTo,
    onRequest(listener) {
      requestListeners.push(listener);
      for (const connection of [browser, ...connections]) listenTo(connection.contexts()[0], listener);
    },
    get lastClickAt() {
      return lastClickAt;
    },
    async clickAction(page) {
      await page.bringToFront();
      const targetId = await tabTargetId(page);
      const before = await pageTargets(`chrome-extension://${extensionId}/${popupPath}`);
      lastClickAt = Date.now();
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
      return attachTo(popupPath, before);
    },
    async close() {
      for (const connection of connections) await connection.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      const exited =
        child.exitCode !== null || child.signalCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => child.once('exit', resolve));
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      // Chromium's helper processes may still be writing for a moment after it exits.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        // A profile left in the temporary folder is untidy, not a failure of what was tested.
        console.warn(`could not remove ${profile}: ${String(error)}`);
      }
    },
  };
}

/** Stops the extension's service worker, as the browser does when it is idle. */
export async function stopWorker(ext: ExtensionBrowser, page: Page): Promise<void> {
  const session = await ext.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/**
 * Writes a screenshot under test-results/ and returns its path. Popups are shot as the reader sees them
 * (a full-page shot of a popup window tiles its viewport); pages in tabs whole.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: !page.url().includes('/popup/') });
  return path;
}

/** The five seed stories as their outlets' pages, served at /seed-00N/. */
export function seedPages(): ServedPage[] {
  return ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'].map((name) => ({
    path: `/${name}/`,
    body: readFileSync(join(PAGES, name, 'source.html'), 'utf8'),
  }));
}

/**
 * Clicks the popup's "Open side panel" and returns the side panel. The popup closes itself once the panel
 * is open, which can end the page before Playwright's click returns: that closing is the expected outcome.
 */
export async function openSidePanelFrom(ext: ExtensionBrowser, popup: Page): Promise<Page> {
  await popup
    .getByRole('button', { name: 'Open side panel' })
    .click()
    .catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
  return ext.attachTo('src/ui/sidepanel/index.html');
}

/**
 * Waits until the popup shows `selector`; when it does not, fails saying what the popup showed instead,
 * and when it was loaded, so that a failed wait reads as the reader's view.
 */
export async function showing(popup: Page, selector: string, timeout = 30_000): Promise<void> {
  try {
    await popup.waitForSelector(selector, { timeout });
  } catch (error) {
    const shown = await popup
      .evaluate(() => `${document.body.innerText} [loaded ${Math.round(performance.now())} ms ago]`)
      .catch((e: unknown) => `(unreadable: ${String(e)})`);
    throw new Error(`the popup did not show ${selector}; it showed: ${shown}`, { cause: error });
  }
}

/** Clicks the toolbar icon on `url` and waits until the popup shows its verdict; returns the popup. */
export async function captureWithClick(
  ext: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; popup: Page }> {
  const page = await ext.open(url);
  const popup = await ext.clickAction(page);
  const verdict = await popup.waitForSelector(
    '[data-testid="article-title"], [data-testid="not-article"], [role="alert"]',
    { timeout: 30_000 },
  );
  // A verdict a reader cannot read is a failure of its own: say what the popup showed.
  if (!(await verdict.textContent())?.trim())
    throw new Error(`the popup shows an empty verdict: ${await popup.content()}`);
  return { page, popup };
}
