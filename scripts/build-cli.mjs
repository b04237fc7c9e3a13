// Bundles the command line (src/cli) into dist/cli/storydiff.mjs (plus a chunk per command) with esbuild.
// The small libraries every run needs (commander, jsdiff, the stemmer) are bundled in: resolving each from
// node_modules at start-up costs more than reading it from the chunk. The HTML parser stays external.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Start clean: chunk names carry hashes, so old chunks would otherwise pile up.
rmSync(join(root, 'dist', 'cli'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outdir: join(root, 'dist', 'cli'),
  entryNames: 'storydiff',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // Commands load lazily (see src/cli/main.ts): split them into chunks so that a run loads only its own.
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['linkedom', '@mozilla/readability', 'commander'],
  sourcemap: 'linked',
  logLevel: 'warning',
});
