// Renders the toolbar and store icons from SVG to PNG (public/icons/icon-N.png) before each build.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(root, 'src', 'ui', 'assets');
const out = join(root, 'public', 'icons');
mkdirSync(out, { recursive: true });

for (const size of [16, 32, 48, 128]) {
  // Small sizes use a simplified drawing: the detailed one turns to mush below 48 px.
  const svg = readFileSync(join(assets, size <= 32 ? 'icon-small.svg' : 'icon.svg'), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(out, `icon-${size}.png`), png);
}
