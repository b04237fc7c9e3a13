// The extension as readers get it, measured in real Chromium: bundle sizes, extraction time on a news
// page, time from a toolbar click to the first comparison drawn in the popup with 1,000 stored articles,
// and the worker's cold start. Libraries beyond the seeds are synthetic articles made of real ECB+ and
// seed sentences (bench/match-data.ts), imported through the worker as a backup file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { contentHash } from '../src/store/hash';
import { SCHEMA_VERSION } from '../src/store/schema';
import {
  captureWithClick,
  launchWithExtension,
  seedPages,
  servePages,
  stopWorker,
  type ExtensionBrowser,
} from '../test/e2e/harness';
import { loadCases, loadPage } from '../test/extraction-dev';
import { DIST_CHROME, PAGES, POPUP_PAGE } from '../test/paths';
import { chooseFile, writeBackup } from './backup';
import { loadEcb, loadSeeds, synthetic } from './match-data';
import { summarize, type BenchSection, type Budget, type Row } from './types';

/** Files a built file loads before it runs: its static imports, followed transitively. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST_CHROME, file), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g)) {
    const spec = match[1] as string;
    const resolved = spec.startsWith('/') ? spec.slice(1) : join(file, '..', spec);
    closure(resolved, seen);
  }
  return seen;
}

/** Scripts an extension page loads: its module script and preloads, with their imports. */
function pageScripts(html: string): Set<string> {
  const source = readFileSync(join(DIST_CHROME, html), 'utf8');
  const files = new Set<string>();
  for (const match of source.matchAll(/(?:src|href)="([^"]+\.js)"/g)) {
    const spec = match[1] as string;
    for (const f of closure(spec.startsWith('/') ? spec.slice(1) : join(html, '..', spec))) files.add(f);
  }
  return files;
}

function sizeRow(name: string, files: Set<string>): Row {
  const bytes = [...files].reduce((sum, f) => sum + statSync(join(DIST_CHROME, f)).size, 0);
  const gzip = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST_CHROME, f))).length, 0);
  return { case: `bundle: ${name}`, 'KB minified': bytes / 1000, 'KB gzip': gzip / 1000, files: files.size };
}

/** A backup file holding `count` synthetic articles, in the library's own format. */
export function syntheticBackup(count: number): string {
  const pool = [...loadEcb(), ...loadSeeds()].map((e) =>
    e.text.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.length > 20),
  );
  const capturedAt = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const articles = synthetic(count, pool, 7).map((entry, i) => ({
    id: `u:https://synthetic.example/${i}`,
    url: `https://synthetic.example/${i}`,
    canonicalUrl: `https://synthetic.example/${i}`,
    title: entry.text.slice(0, 60),
    siteName: `Synthetic ${i % 40}`,
    byline: null,
    publishedTime: null,
    modifiedTime: null,
    lang: 'en',
    capturedAt,
    firstCapturedAt: capturedAt,
    text: entry.text,
    paragraphs: [{ kind: 'paragraph', text: entry.text }],
    partial: false,
    contentHash: contentHash(entry.text),
  }));
  return JSON.stringify({
    format: 'storydiff-backup',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: capturedAt,
    articles,
    versions: [],
  });
}

/** Sends a request to the worker from an extension page, returning its answer and the time it took. */
export async function timedRequest(page: Page, message: object): Promise<{ ms: number; answer: unknown }> {
  return page.evaluate(async (m) => {
    const start = performance.now();
    const answer = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - start, answer };
  }, message);
}

/** Milliseconds from a toolbar click to each step of the popup, up to the first comparison on screen. */
interface ClickTimes {
  /** The comparison drawn. */
  total: number;
  /** The popup page starting to load: the browser opening it, before any of our code. */
  opening: number;
  /** The popup's own script starting to run. */
  script: number;
  /** The worker's answer (capture, store, match, compare) reaching the popup. */
  answered: number;
}

/**
 * A reader's pause between clicks. Clicking again at once can land the popup in the renderer process the
 * last one left behind, which opens it in ~10 ms instead of ~250: luck no reader would see.
 */
const pause = () => new Promise((resolve) => setTimeout(resolve, 1_000));

async function clickToComparison(ext: ExtensionBrowser, page: Page, waitMs = 6_000): Promise<ClickTimes> {
  const popup = await ext.clickAction(page);
  const clicked = ext.lastClickAt;
  // No helper functions inside: the page gets this code as text, without the bundler's helpers.
  const marks = await popup.evaluate(async (tries) => {
    for (let i = 0; i < tries; i++) {
      const [drawn] = performance.getEntriesByName('storydiff:comparison-drawn');
      const [script] = performance.getEntriesByName('storydiff:popup-start');
      const [answered] = performance.getEntriesByName('storydiff:capture-answered');
      if (drawn && script && answered)
        return {
          origin: performance.timeOrigin,
          drawn: drawn.startTime,
          script: script.startTime,
          answered: answered.startTime,
        };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the popup drew no comparison');
  }, waitMs / 10);
  await popup.close();
  await pause();
  const since = (ms: number) => marks.origin + ms - clicked;
  return {
    total: since(marks.drawn),
    opening: since(0),
    script: since(marks.script),
    answered: since(marks.answered),
  };
}

/**
 * The floor no extension can go under here: from a click to the start of loading an EMPTY extension's
 * popup (no script at all), in the same headless Chromium.
 */
async function emptyPopupOpening(server: {
  origin: string;
}): Promise<{ opening: number[]; loaded: number[] }> {
  const dist = mkdtempSync(join(tmpdir(), 'empty-extension-'));
  writeFileSync(
    join(dist, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty',
      version: '1.0',
      action: { default_popup: 'popup.html' },
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(dist, 'popup.html'), '<!doctype html><p>empty</p>');
  writeFileSync(join(dist, 'worker.js'), '// An empty worker: the harness finds the extension by it.\n');
  const empty = await launchWithExtension({ dist });
  try {
    const page = await empty.open(`${server.origin}/seed-000/`);
    const opening: number[] = [];
    const loaded: number[] = [];
    for (let i = 0; i < 8; i++) {
      const popup = await empty.clickAction(page);
      const { origin, ready } = await popup.evaluate(() => ({
        origin: performance.timeOrigin,
        ready: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
      }));
      await popup.close();
      await pause();
      if (i === 0) continue;
      opening.push(origin - empty.lastClickAt);
      loaded.push(origin + ready - empty.lastClickAt);
    }
    return { opening, loaded };
  } finally {
    await empty.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

/**
 * Extraction time in Chromium for each page: the page is set as a tab's content with every request
 * refused (no network here), the capture script's code is run in it, and the best of three runs counts.
 */
async function extractEach(ext: ExtensionBrowser, pages: readonly string[]): Promise<number[]> {
  const code = readFileSync(join(DIST_CHROME, 'src/content/capture.js'), 'utf8');
  const times: number[] = [];
  for (const html of pages) {
    // A fresh tab each time: one page's own scripts must not leave the next one a broken tab.
    const tab = await ext.context.newPage();
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
    // Evaluated through the debugger, which a page's own Content-Security-Policy does not block. A page
    // whose own script or meta refresh navigates away meanwhile, or whose tab dies, is left out (counted).
    const time = await tab
      .evaluate(code)
      .then(() =>
        tab.evaluate(() => {
          const capture = (globalThis as { __storydiffCapture?: () => unknown }).__storydiffCapture;
          if (!capture) throw new Error('capture script not loaded');
          let best = Infinity;
          for (let i = 0; i < 3; i++) {
            const start = performance.now();
            capture();
            best = Math.min(best, performance.now() - start);
          }
          return best;
        }),
      )
      .catch(() => null);
    if (time !== null) times.push(time);
    await tab.close().catch(() => undefined);
  }
  return times;
}

export async function run(): Promise<BenchSection> {
  const manifest = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    side_panel: { default_path: string };
    options_ui: { page: string };
  };
  const content = sizeRow('content script', new Set(['src/content/capture.js']));
  const rows: Row[] = [
    content,
    sizeRow('popup', pageScripts(POPUP_PAGE)),
    sizeRow('side panel', pageScripts(manifest.side_panel.default_path)),
    sizeRow('options', pageScripts(manifest.options_ui.page)),
    sizeRow('worker', closure(manifest.background.service_worker)),
  ];
  const budgets: Budget[] = [
    { name: 'content script, minified', measured: Number(content['KB minified']), limit: 60, unit: 'KB' },
  ];

  const server = await servePages(seedPages());
  const floor = await emptyPopupOpening(server);
  for (const [name, times] of [
    ['an EMPTY extension: click → its popup starts loading (the floor here)', floor.opening],
    ['an EMPTY extension: click → its popup loaded (DOMContentLoaded)', floor.loaded],
  ] as const) {
    const s = summarize(times);
    rows.push({ case: name, 'median ms': s.median, 'p95 ms': s.p95 });
  }
  const ext = await launchWithExtension();
  try {
    // Extraction in Chromium: the capture script's own code, run on a seed page 30 times.
    const page = await ext.open(`${server.origin}/seed-002/`);
    await page.addScriptTag({ content: readFileSync(join(DIST_CHROME, 'src/content/capture.js'), 'utf8') });
    const extractTimes = await page.evaluate(() => {
      const capture = (globalThis as { __storydiffCapture?: () => unknown }).__storydiffCapture;
      if (!capture) throw new Error('capture script not loaded');
      return Array.from({ length: 30 }, () => {
        const start = performance.now();
        capture();
        return performance.now() - start;
      });
    });
    const extract = summarize(extractTimes.slice(3));
    rows.push({
      case: 'extract a news page in Chromium (seed-002)',
      'median ms': extract.median,
      'p95 ms': extract.p95,
    });
    budgets.push({ name: 'extraction in Chromium, median', measured: extract.median, limit: 30, unit: 'ms' });
    await page.close();
    for (const [name, pages] of [
      [
        `fixtures (${readdirSync(PAGES).length})`,
        readdirSync(PAGES).map((n) => readFileSync(join(PAGES, n, 'source.html'), 'utf8')),
      ],
      ['extraction-dev (250)', loadCases().map(loadPage)],
    ] as const) {
      const each = await extractEach(ext, pages);
      const times = summarize(each);
      rows.push({
        case: `extract in Chromium, per page: ${name}, ${each.length} timed (the rest navigate away or crash the tab themselves)`,
        'median ms': times.median,
        'p95 ms': times.p95,
      });
    }

    // The library: four outlets captured by real clicks, then synthetic articles up to 1,000.
    for (const seed of ['seed-001', 'seed-002', 'seed-003', 'seed-004']) {
      const captured = await captureWithClick(ext, `${server.origin}/${seed}/`);
      await captured.popup.close();
      await captured.page.close();
    }
    const options = await ext.open(`chrome-extension://${ext.extensionId}/${manifest.options_ui.page}`);
    const imported = await timedRequest(options, {
      type: 'importLibrary',
      params: { text: syntheticBackup(996) },
    });
    rows.push({ case: 'import 996 synthetic articles (backup file)', 'median ms': imported.ms });

    const reading = await ext.open(`${server.origin}/seed-000/`);
    const emptyLoaded = summarize(floor.loaded.slice()).median;
    const clicks = async (stored: string) => {
      const warm: ClickTimes[] = [];
      for (let i = 0; i < 12; i++) warm.push(await clickToComparison(ext, reading));
      const stats = (pick: (w: ClickTimes) => number) => summarize(warm.slice(1).map(pick));
      const total = stats((w) => w.total);
      for (const [name, pick] of [
        [`click → comparison drawn, ${stored} stored, worker running`, (w: ClickTimes) => w.total],
        [
          '  click → popup page starts loading (the browser; no StoryDiff code yet)',
          (w: ClickTimes) => w.opening,
        ],
        ['  click → popup script runs', (w: ClickTimes) => w.script],
        [
          '  click → worker answer in the popup (capture, store, match, compare)',
          (w: ClickTimes) => w.answered,
        ],
      ] as const) {
        const s = stats(pick);
        rows.push({ case: name, 'median ms': s.median, 'p95 ms': s.p95 });
      }
      // What StoryDiff adds to what any extension's popup costs here: the comparison drawn, against an
      // empty extension's popup loaded, both measured in this run.
      const share = total.median - emptyLoaded;
      rows.push({
        case: `  StoryDiff's own share: comparison drawn minus an empty extension's popup loaded, ${stored} stored`,
        'median ms': Number(share.toFixed(1)),
      });
      budgets.push({
        name: `click → comparison, StoryDiff's share over an empty extension's popup, ${stored} stored, median`,
        measured: Number(share.toFixed(1)),
        limit: 30,
        unit: 'ms',
      });
      return total;
    };
    const total = await clicks('1,000');
    budgets.push({
      name: 'popup click → comparison, 1,000 stored, median',
      measured: total.median,
      limit: 300,
      unit: 'ms',
    });

    const cold: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await stopWorker(ext, options);
      starts.push(
        (
          await timedRequest(options, {
            type: 'compareArticles',
            params: { baseId: 'none', otherId: 'none' },
          })
        ).ms,
      );
      await stopWorker(ext, options);
      cold.push((await clickToComparison(ext, reading)).total);
    }
    rows.push({
      case: 'worker cold start to first answer (opens library, restores the index of 1,000)',
      'median ms': summarize(starts).median,
    });
    rows.push({
      case: 'click → comparison drawn, 1,000 stored, worker stopped',
      'median ms': summarize(cold).median,
    });

    // The same clicks with 100,000 stored (STORYDIFF_CLICK_LIBRARY=0 skips it): the rest restored from a
    // backup file through the options page, as a reader would, then indexed by the worker.
    const large = Number(process.env.STORYDIFF_CLICK_LIBRARY ?? 100_000);
    if (large > 1_000) {
      const dir = mkdtempSync(join(tmpdir(), 'storydiff-click-bench-'));
      try {
        const file = join(dir, 'library.json');
        await writeBackup(file, large - 1_000);
        const started = performance.now();
        await chooseFile(options, '[data-testid="import-backup"]', file);
        await options
          .getByTestId('library-status')
          .filter({ hasText: /^Imported/ })
          .waitFor({ timeout: 60 * 60_000 });
        const restored = performance.now() - started;
        const indexStart = performance.now();
        for (;;) {
          const { answer } = await timedRequest(options, { type: 'libraryRestored', params: {} });
          if ((answer as { result?: { done?: boolean } }).result?.done !== false) break;
        }
        const indexing = { ms: performance.now() - indexStart };
        const n = large.toLocaleString('en');
        rows.push({ case: `restore to ${n} stored (options page)`, 'median ms': Math.round(restored) });
        rows.push({
          case: `worker indexes the restored articles (to ${n} in the match index)`,
          'median ms': Math.round(indexing.ms),
        });
        // The first click after indexing waits for the worker's snapshot of the index to be written.
        const first = await clickToComparison(ext, reading, 120_000);
        rows.push({
          case: `first click → comparison drawn, ${n} stored`,
          'median ms': Math.round(first.total),
        });
        await clicks(n);
      } catch (error) {
        rows.push({
          case: `clicks at ${large.toLocaleString('en')} stored failed`,
          note: String(error).slice(0, 200),
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return { name: 'Extension in Chromium', rows, budgets };
}
