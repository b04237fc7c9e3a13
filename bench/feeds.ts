// Following outlets, measured in real Chromium with the production build: one polling round of 10 feeds
// with 50 new items each (pages made of real ECB+ articles, served on 127.0.0.1 under ten host names),
// every page fetched, extracted and stored, against the issue's budget of 20 s; the worker's heap after.
// Run alone with `node --import tsx bench/feeds.ts`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOutlet, type Outlet, type Story } from '../test/feed-server';
import { launchWithExtension } from '../test/e2e/harness';
import { DIST_CHROME } from '../test/paths';
import { loadEcb } from './match-data';
import type { BenchSection } from './types';

const FEEDS = 10;
const ITEMS = 50;
const BUDGET_MS = 20_000;

export async function run(): Promise<BenchSection> {
  const ecb = loadEcb();
  const hosts = Array.from({ length: FEEDS }, (_, i) => `outlet${i}.storydiff.test`);
  const outlets: Outlet[] = [];
  for (const [i, host] of hosts.entries()) {
    const stories: Story[] = Array.from({ length: ITEMS }, (_, j) => {
      const entry = ecb[(i * ITEMS + j) % ecb.length]!;
      const [title = '', ...paragraphs] = entry.text.split('\n').filter((l) => l.trim() !== '');
      return { slug: `${entry.id}-${i}`, title, paragraphs };
    });
    outlets.push(
      await startOutlet({ name: `Outlet ${i}`, format: i % 3 === 0 ? 'atom' : 'rss', stories, host }),
    );
  }
  const dist = mkdtempSync(join(tmpdir(), 'storydiff-bench-feeds-'));
  cpSync(DIST_CHROME, dist, { recursive: true });
  const manifestPath = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = hosts.map((h) => `http://${h}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const ext = await launchWithExtension({
    dist,
    args: [`--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`],
  });
  try {
    const options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    const ask = (type: string, params: object) =>
      options.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, params: p }), [
        type,
        params,
      ] as const);
    // Paused while following, so that the first round is the one measured.
    await options.evaluate(() =>
      chrome.storage.local.set({ feedSettings: { intervalMinutes: 30, paused: true } }),
    );
    for (const o of outlets) await ask('followFeed', { url: o.feedUrl, title: '', siteUrl: null });
    await options.evaluate(() =>
      chrome.storage.local.set({ feedSettings: { intervalMinutes: 30, paused: false } }),
    );
    const start = performance.now();
    const answer = (await ask('pollFeeds', {})) as {
      ok: boolean;
      result: { stored: number; entries: number; requests: number };
    };
    const ms = performance.now() - start;
    const worker = ext.context.serviceWorkers()[0];
    const heap = await worker
      ?.evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
      )
      .catch(() => null);
    const { stored = 0, entries = 0, requests = 0 } = answer.ok ? answer.result : {};
    return {
      name: 'feeds',
      rows: [
        {
          case: `round: ${FEEDS} feeds × ${ITEMS} new items`,
          ms: Math.round(ms),
          stored,
          entries,
          requests,
          'worker heap MB': heap ? Math.round(heap / 1e5) / 10 : 'n/a',
        },
      ],
      budgets: [
        {
          name: `a round of ${FEEDS} feeds × ${ITEMS} items stored`,
          measured: Math.round(ms),
          limit: BUDGET_MS,
          unit: 'ms',
        },
      ],
    };
  } finally {
    await ext.close();
    await Promise.all(outlets.map((o) => o.close()));
    rmSync(dist, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('feeds.ts')) console.log(JSON.stringify(await run(), null, 1));
