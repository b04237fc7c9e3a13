// Builds the extension: `vite build` → dist/chrome (MV3 service worker, side_panel);
// `vite build --mode firefox` → dist/firefox (background scripts, sidebar_action, gecko id).
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Manifest = Record<string, unknown>;

/**
 * Three touches to the built capture script (src/content/capture.js):
 * - crxjs lists `?iife` scripts in web_accessible_resources for every http(s) page, which would let any
 *   page detect StoryDiff. The script is only ever injected by the worker, so the entry goes.
 * - A call to the capture function is appended, so that the script's last expression is the extracted
 *   Article and one `scripting.executeScript({ files })` both defines and runs it: one round trip, not two.
 * - crxjs also emits the script as an ordinary module chunk (assets/capture.ts-*.js) that nothing loads:
 *   an unused second copy of the extractor in the package, removed once no built file names it.
 */
function finishCaptureScript(outDir: string): Plugin {
  return {
    name: 'storydiff:finish-capture-script',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const script = join(outDir, 'src', 'content', 'capture.js');
      const code = readFileSync(script, 'utf8');
      if (!code.includes('__storydiffCapture();'))
        writeFileSync(script, `${code}\n;globalThis.__storydiffCapture();\n`);

      const path = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest & {
        web_accessible_resources?: { resources: string[] }[];
      };
      const kept = (manifest.web_accessible_resources ?? []).filter(
        (entry) => !entry.resources.some((r) => r.startsWith('src/content/')),
      );
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(path, JSON.stringify(manifest, null, 2));

      const built = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
        /\.(js|html|json)$/.test(f),
      );
      for (const copy of built.filter((f) => /^assets[\\/]capture\.ts-[\w-]+\.js$/.test(f))) {
        const name = copy.slice('assets/'.length);
        const used = built.some((f) => f !== copy && readFileSync(join(outDir, f), 'utf8').includes(name));
        if (!used) rmSync(join(outDir, copy));
      }
    },
  };
}

/** The Firefox manifest: background scripts, sidebar_action instead of side_panel, no sidePanel permission, a gecko id. */
function firefoxManifest(manifest: Manifest): Manifest {
  const {
    side_panel: sidePanel,
    permissions,
    ...rest
  } = manifest as Manifest & {
    side_panel: { default_path: string };
    permissions: string[];
  };
  return {
    ...rest,
    // Firefox opens the popup itself, which then asks for the capture: action.openPopup() from the click
    // handler is untested there (no way to click Firefox's toolbar from the tests), so the proven path.
    action: { ...(rest as { action: object }).action, default_popup: 'src/ui/popup/index.html' },
    // Firefox runs MV3 background code as an event page (scripts), not a service worker.
    background: { scripts: ['src/background/index.ts'], type: 'module' },
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    sidebar_action: {
      default_title: 'StoryDiff',
      default_panel: sidePanel.default_path,
      default_icon: (manifest as { icons: unknown }).icons,
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'storydiff@storydiff.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = (firefox ? firefoxManifest(baseManifest) : baseManifest) as ManifestV3Export;
  const outDir = firefox ? 'dist/firefox' : 'dist/chrome';
  return {
    plugins: [
      preact(),
      crx({ manifest, browser: firefox ? 'firefox' : 'chrome' }),
      finishCaptureScript(outDir),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        // Pages the manifest does not name: the popup, which the worker opens on a click (see
        // src/background/click.ts), the side panel (Firefox's sidebar is added above, after crxjs
        // reads inputs), and the library's pages.
        input: {
          popup: 'src/ui/popup/index.html',
          sidepanel: 'src/ui/sidepanel/index.html',
          // The library's reading view and side-by-side page, opened from the options page.
          reader: 'src/ui/reader/index.html',
          compare: 'src/ui/compare/index.html',
        },
      },
    },
    // Never open a dev server to the network.
    server: { host: '127.0.0.1', strictPort: true },
  };
});
