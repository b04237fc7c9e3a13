// Bench section "backup": back up and restore through the options page of the production build in real
// Chromium, at 10,000 articles (STORYDIFF_BACKUP_SIZES=10000,100000 for more): time, the page's peak heap,
// the file's size, and a round trip that compares every record. Articles are synthetic, made of real ECB+
// and seed sentences (match-data.ts), each with its paragraphs, as the library stores them.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { contentHash } from '../src/store/hash';
import { SCHEMA_VERSION } from '../src/store/schema';
import { launchWithExtension } from '../test/e2e/harness';
import { loadEcb, loadSeeds, synthetic } from './match-data';
import type { BenchSection, Budget, Row } from './types';

/** Writes a backup of `count` articles one record per line, as StoryDiff writes them; returns its records' ids and hashes. */
export async function writeBackup(path: string, count: number): Promise<Map<string, string>> {
  const pool = [...loadEcb(), ...loadSeeds()].map((e) =>
    e.text.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.length > 20),
  );
  const out = createWriteStream(path);
  const write = (text: string) =>
    new Promise<void>((done) => (out.write(text) ? done() : out.once('drain', () => done())));
  const expected = new Map<string, string>();
  const head = {
    format: 'storydiff-backup',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: '2026-01-02T00:00:00.000Z',
  };
  await write(`${JSON.stringify(head).slice(0, -1)},"articles":[\n`);
  for (let start = 0; start < count; start += 1_000) {
    let piece = '';
    for (const [i, entry] of synthetic(Math.min(1_000, count - start), pool, start + 1).entries()) {
      const k = start + i;
      // Whitespace collapsed inside each block, as extraction gives it.
      const paragraphs = entry.text
        .split(/(?<=\.)\s+/)
        .map((text) => ({ kind: 'paragraph', text: text.replace(/\s+/g, ' ').trim() }));
      const text = paragraphs.map((p) => p.text).join('\n\n');
      const record = {
        id: `u:synthetic.example/${k}`,
        url: `https://synthetic.example/${k}`,
        canonicalUrl: `synthetic.example/${k}`,
        title: text.slice(0, 60),
        siteName: `Synthetic ${k % 40}`,
        byline: null,
        publishedTime: null,
        modifiedTime: null,
        lang: 'en',
        capturedAt: '2026-01-01T00:00:00.000Z',
        firstCapturedAt: '2026-01-01T00:00:00.000Z',
        text,
        paragraphs,
        partial: false,
        contentHash: contentHash(text, paragraphs),
      };
      expected.set(record.id, JSON.stringify(record));
      piece += `${k === 0 ? '' : ','}${JSON.stringify(record)}\n`;
    }
    await write(piece);
  }
  await write('],"versions":[\n]}\n');
  await new Promise((done) => out.end(done));
  return expected;
}

/**
 * Chooses a file in a page's file input as a reader does: the browser is given the file's path and reads
 * the file from disk itself. (Playwright's setInputFiles, over a CDP connection, sends the file's bytes
 * through the protocol as base64 and builds it in the page: for a 40 MB backup that took 12 s of the
 * measured restore and most of the page's heap, none of it StoryDiff's.)
 */
export async function chooseFile(page: Page, selector: string, path: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no ${selector} on the page`);
    await cdp.send('DOM.setFileInputFiles', { nodeId, files: [path] });
  } finally {
    await cdp.detach();
  }
}

/** Samples the page's JS heap every 250 ms while `work` runs; returns the work's time and the peak. */
async function measured<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ ms: number; peakMB: number; value: T }> {
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const used = await page
        .evaluate(
          () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
        )
        .catch(() => 0);
      peak = Math.max(peak, used);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  running = false;
  await sampler;
  return { ms, peakMB: peak / 2 ** 20, value };
}

/** Reads a backup file line by line and counts records equal to the ones written. */
async function roundTrip(
  path: string,
  expected: Map<string, string>,
): Promise<{ equal: number; differ: number }> {
  let equal = 0;
  let differ = 0;
  let inArticles = false;
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line.endsWith('"articles":[')) inArticles = true;
    else if (line.startsWith('],')) inArticles = false;
    else if (inArticles && line) {
      const record = JSON.parse(line.startsWith(',') ? line.slice(1) : line) as { id: string };
      if (expected.get(record.id) === JSON.stringify(record)) equal++;
      else differ++;
    }
  }
  return { equal, differ };
}

async function runSize(count: number, budgets: Budget[]): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-backup-bench-'));
  const source = join(dir, 'source.json');
  const expected = await writeBackup(source, count);
  const ext = await launchWithExtension();
  try {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    const status = options.getByTestId('library-status');
    const restore = await measured(options, async () => {
      await chooseFile(options, '[data-testid="import-backup"]', source);
      await status.filter({ hasText: /^Imported/ }).waitFor({ timeout: 60 * 60_000 });
      return status.textContent();
    });
    const backup = await measured(options, async () => {
      const [download] = await Promise.all([
        options.waitForEvent('download', { timeout: 60 * 60_000 }),
        options.getByTestId('export-backup').click(),
      ]);
      const path = join(dir, 'backup.json');
      await download.saveAs(path);
      return path;
    });
    const trip = await roundTrip(backup.value, expected);
    const n = count.toLocaleString('en');
    const size = statSync(backup.value).size / 2 ** 20;
    if (count >= 100_000) {
      budgets.push({ name: `back up, ${n} articles`, measured: backup.ms / 60_000, limit: 5, unit: 'min' });
      budgets.push({ name: `restore, ${n} articles`, measured: restore.ms / 60_000, limit: 10, unit: 'min' });
    }
    return [
      {
        case: `restore, ${n} articles`,
        s: Number((restore.ms / 1000).toFixed(1)),
        'page peak heap MB': Math.round(restore.peakMB),
        note: restore.value ?? '',
      },
      {
        case: `back up, ${n} articles`,
        s: Number((backup.ms / 1000).toFixed(1)),
        'page peak heap MB': Math.round(backup.peakMB),
        'file MB': Math.round(size),
        note: `round trip: ${trip.equal} records equal, ${trip.differ} differ`,
      },
    ];
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchSection> {
  const sizes = (process.env.STORYDIFF_BACKUP_SIZES ?? '10000').split(',').map(Number);
  const budgets: Budget[] = [];
  const rows: Row[] = [];
  for (const size of sizes) rows.push(...(await runSize(size, budgets)));
  return { name: 'backup (Chromium, production build)', rows, budgets };
}
