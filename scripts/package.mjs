// Zips dist/chrome and dist/firefox into store-ready archives under web-ext-artifacts/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const webExt = join(root, 'node_modules', '.bin', 'web-ext');
const outDir = join(root, 'web-ext-artifacts');

for (const target of ['chrome', 'firefox']) {
  const filename = `storydiff-${target}-${version}.zip`;
  execFileSync(
    webExt,
    [
      'build',
      '--source-dir',
      join(root, 'dist', target),
      '--artifacts-dir',
      outDir,
      '--filename',
      filename,
      '--overwrite-dest',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(join('web-ext-artifacts', filename));
}
