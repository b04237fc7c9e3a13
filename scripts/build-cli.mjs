// Bundles the command line (src/cli) into dist/cli/storydiff.mjs (plus a chunk per command) with esbuild;
// dependencies stay external.
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
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
