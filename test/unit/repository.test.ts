// Checks of the repository itself: the promises the code makes in its shape, not in its behaviour —
// the permissions asked for, no HTML built from strings, no network calls, every fixture complete.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAGES, ROOT } from '../paths';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
  permissions: string[];
  optional_host_permissions?: string[];
  content_security_policy: { extension_pages: string };
  commands: Record<string, { suggested_key?: { default?: string } }>;
};

describe('manifest', () => {
  test('asks only for what StoryDiff uses, with host access optional and per site', () => {
    expect(manifest.permissions.sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    for (const pattern of manifest.optional_host_permissions ?? [])
      expect(pattern).toMatch(/^https?:\/\/\*\/\*$/);
  });

  test('keeps a strict policy for its pages and offers a keyboard shortcut', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
    expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe|https?:/);
    expect(manifest.commands._execute_action?.suggested_key?.default).toBeTruthy();
  });
});

describe('source', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  test('never builds markup from strings in extension pages', () => {
    const offenders = files.filter((file) =>
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  test('makes no network request of its own: only followed outlets are asked, through one fetcher', () => {
    const FETCHER = join(ROOT, 'src', 'background', 'feeds', 'fetcher.ts');
    const offenders = files.filter(
      (file) =>
        file !== FETCHER &&
        /\bfetch\b\s*[()?;,]|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/.test(
          readFileSync(file, 'utf8'),
        ),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
    // That one fetcher sends no cookies and no referrer.
    const fetcher = readFileSync(FETCHER, 'utf8');
    expect(fetcher).toMatch(/credentials: 'omit'/);
    expect(fetcher).toMatch(/referrerPolicy: 'no-referrer'/);
  });
});

describe('fixtures', () => {
  test('every page fixture has its source and, unless it is a hostile page, its expected Article', () => {
    const cases = readdirSync(PAGES);
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const name of cases) {
      expect(existsSync(join(PAGES, name, 'source.html')), `${name}/source.html`).toBe(true);
      if (!name.startsWith('hostile-'))
        expect(existsSync(join(PAGES, name, 'expected.json')), `${name}/expected.json`).toBe(true);
    }
  });
});
