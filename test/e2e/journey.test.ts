// The reader's whole journey on the seed stories, in real Chromium with the production build: capture
// with real toolbar clicks, the verdict in the popup, the badge, the side panel, exports, and the
// options page's backup round trip.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
const url = (seed: string) => `${server.origin}/${seed}/`;

beforeAll(async () => {
  server = await servePages(seedPages());
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function badgeText(page: Page): Promise<string> {
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const pageUrl = page.url();
  return worker.evaluate(async (target) => {
    // The newest tab showing that page: earlier tests may have left older ones open.
    const tab = (await chrome.tabs.query({ url: target })).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
    return tab?.id === undefined ? '<no tab>' : chrome.action.getBadgeText({ tabId: tab.id });
  }, pageUrl);
}

async function missingFacts(popup: Page): Promise<string[]> {
  await showing(popup, '[data-testid="missing-count"]');
  return popup.locator('.fact-missing .fact').allInnerTexts();
}

describe('reading the seed stories', () => {
  test('the first article has no other version yet and is saved for later', async () => {
    const { page, popup } = await captureWithClick(ext, url('seed-003'));
    expect(await popup.getByTestId('article-title').textContent()).toContain(
      'Russia Invites Zelenskyy To Moscow',
    );
    await expect.poll(() => popup.getByTestId('no-versions').isVisible()).toBe(true);
    expect(await popup.getByTestId('no-versions').textContent()).toContain('saved');
    expect(await badgeText(page)).toBe('');
    await popup.close();
  });

  test('reading 000 after 003 shows the Kyiv pause as missing, attributed to 003’s outlet', async () => {
    const { page, popup } = await captureWithClick(ext, url('seed-000'));
    const facts = await missingFacts(popup);
    const kyiv = facts.find((f) => /not to fire into Kyiv|halt attacks on Kyiv/i.test(f));
    expect(kyiv, `missing facts were:\n${facts.join('\n')}`).toBeDefined();
    expect(kyiv).toContain('Courier Now');
    // Rewordings of what 000 also says are not reported as missing.
    expect(facts.length).toBeLessThanOrEqual(4);
    expect(await badgeText(page)).toBe('1');
    expect(distinctColours(await screenshot(popup, 'popup-000-vs-003'))).toBeGreaterThan(50);
    await popup.close();
  });

  test('reading 003 again shows Ushakov, Lavrov and Kadyrov as missing from it', async () => {
    const { popup } = await captureWithClick(ext, url('seed-003'));
    const facts = (await missingFacts(popup)).join('\n');
    expect(facts).toMatch(/Ushakov/);
    expect(facts).toMatch(/Lavrov/);
    expect(facts).toMatch(/Kadyrov/);
    await screenshot(popup, 'popup-003-vs-000');
    await popup.close();
  });

  test('with all five outlets captured, the badge counts four other versions', async () => {
    for (const seed of ['seed-001', 'seed-002', 'seed-004'])
      (await captureWithClick(ext, url(seed))).popup.close();
    const { page, popup } = await captureWithClick(ext, url('seed-000'));
    await missingFacts(popup);
    expect(await badgeText(page)).toBe('4');
    expect(await popup.getByTestId('versions').locator('li').count()).toBe(4);
    // Kadyrov's quote, worded differently by two outlets, is one changed detail naming its speaker.
    expect(await popup.locator('.change-list .kind-label').allTextContents()).toContain('Quote (Kadyrov)');
    await screenshot(popup, 'popup-000-all-versions');
    // Dark mode follows the system: the page background turns dark.
    await popup.emulateMedia({ colorScheme: 'dark' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 23, 42)');
    await screenshot(popup, 'popup-000-dark');
    await popup.close();
  });

  test('reading 000 among five outlets: the summary first, the details that differ, then the Kyiv pause', async () => {
    const { popup } = await captureWithClick(ext, url('seed-000'));
    const facts = await missingFacts(popup);
    const summary = await popup.getByTestId('summary').innerText();
    expect(summary).toMatch(/4 other versions/);
    expect(summary).toMatch(/\d+ details? differs?/);
    expect(summary).toMatch(/\d+ facts? you are missing/);
    // The order a reader meets: summary, details that differ, facts missing.
    const order = await popup.evaluate(() =>
      ['summary', 'changes-heading', 'missing-heading', 'only-heading'].map((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`) ?? document.getElementById(id);
        return el ? el.getBoundingClientRect().top + window.scrollY : -1;
      }),
    );
    expect(order.every((top) => top >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The Kyiv pause is among the first missing facts shown, not below commentary.
    const kyivAt = facts.findIndex((f) => /not to fire into Kyiv|halt attacks on Kyiv/.test(f));
    expect(kyivAt, `missing facts were:\n${facts.join('\n')}`).toBeGreaterThanOrEqual(0);
    expect(kyivAt).toBeLessThan(2);
    expect(facts.length).toBeLessThanOrEqual(5);
    await screenshot(popup, 'popup-000-summary');
    // Below the facts: the versions compared, each with its date and the one match figure, and the export.
    await popup.getByTestId('versions').scrollIntoViewIfNeeded();
    for (const line of await popup.getByTestId('versions').locator('li a').allInnerTexts())
      expect(line).toMatch(/ · \d+% match$/);
    await screenshot(popup, 'popup-000-versions');
    await popup.close();
  });
});

describe('side panel', () => {
  test('opens from the popup with both versions aligned, a version picker and the all-versions view', async () => {
    const { popup } = await captureWithClick(ext, url('seed-000'));
    await missingFacts(popup);
    const panel = await openSidePanelFrom(ext, popup);
    const table = panel.getByTestId('side-by-side');
    await table.waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('panel-title').textContent()).toContain(
      'Kremlin Says Moscow Still Awaiting',
    );
    const picker = panel.getByTestId('panel-version-picker');
    const courier = await picker.locator('option', { hasText: 'Courier Now' }).getAttribute('value');
    await picker.selectOption(courier as string);
    await expect.poll(() => panel.locator('tr.row-only-other').count()).toBeGreaterThan(0);
    const missingRows = await panel.locator('tr.row-only-other').allInnerTexts();
    for (const row of missingRows) expect(row.trim()).toMatch(/^Missing here/i);
    expect(missingRows.some((row) => /not to fire into Kyiv|halt attacks on Kyiv/.test(row))).toBe(true);
    expect(await panel.getByTestId('panel-version-picker').locator('option').count()).toBe(4);
    await screenshot(panel, 'sidepanel-side-by-side');

    const allRows = await panel.locator('tr').count();
    await panel.getByLabel('Differences only').check();
    await expect.poll(() => panel.locator('tr').count()).toBeLessThan(allRows);

    await panel.getByTestId('all-versions-tab').click();
    const facts = await panel.getByTestId('all-versions').locator('tbody tr').allInnerTexts();
    const kyiv = facts.find((f) => /not to fire into Kyiv|halt attacks on Kyiv/.test(f));
    expect(kyiv).toContain('Courier Now');
    await screenshot(panel, 'sidepanel-all-versions');
  });
});

describe('exports', () => {
  test('the Markdown export says what the popup showed: the summary, every version, the facts and details', async () => {
    const { popup } = await captureWithClick(ext, url('seed-000'));
    await missingFacts(popup);
    const shown = {
      summary: (await popup.getByTestId('summary').locator('.summary-part').allInnerTexts()).join(' · '),
      versions: await popup.getByTestId('versions').locator('li a').allInnerTexts(),
      facts: await popup.locator('.fact-missing .fact .fact-text').allInnerTexts(),
      sources: await popup.locator('.fact-missing .fact .fact-sources').allInnerTexts(),
      details: await popup.locator('.change-list .kind-label').allTextContents(),
    };
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Markdown', exact: true }).click(),
    ]);
    const markdown = readFileSync((await download.path()) as string, 'utf8');
    const plain = markdown.replace(/\\([\\`*_[\]|~])/g, '$1');
    expect(plain).toContain(shown.summary);
    expect(shown.versions).toHaveLength(4);
    for (const version of shown.versions) expect(plain).toContain(version);
    // One similarity figure: what the popup lists is what the export gives.
    expect(shown.versions.join(' ')).toMatch(/\d+% match/);
    expect(plain).not.toMatch(/Similarity \d+%/);
    shown.facts.forEach((fact, i) => {
      const source = (shown.sources[i] ?? '').replace(/^Reported by /, '');
      expect(plain).toContain(`- ${fact} — _${source}_`);
    });
    expect(plain).toMatch(/not to fire into Kyiv|halt attacks on Kyiv/);
    for (const detail of shown.details) expect(plain).toContain(`${detail}:`);
    await popup.close();
  });
});

describe('options page', () => {
  test('backs up the library, clears it, and restores it from the backup file', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    const rows = options.getByTestId('library-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    await screenshot(options, 'options-library');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export-backup').click(),
    ]);
    expect(await download.failure()).toBeNull();
    const backupPath = join(mkdtempSync(join(tmpdir(), 'storydiff-backup-')), download.suggestedFilename());
    await download.saveAs(backupPath);
    expect(JSON.parse(readFileSync(backupPath, 'utf8')).articles).toHaveLength(5);

    await options.getByRole('button', { name: 'Clear all…' }).click();
    await options.getByRole('button', { name: 'Delete all' }).click();
    await expect.poll(() => options.getByText('Your library is empty').isVisible()).toBe(true);

    await options.getByTestId('import-backup').setInputFiles(backupPath);
    await expect.poll(() => rows.count()).toBe(5);
    expect(await options.getByTestId('library-status').textContent()).toContain('Imported 5 articles');
    await options.close();
  });
});
