// Checks on screenshots: a page that rendered nothing is one flat colour.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/** Number of distinct colours in a PNG file (capped at `cap`), sampling every pixel. */
export function distinctColours(path: string, cap = 10_000): number {
  const png = PNG.sync.read(readFileSync(path));
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length && colours.size < cap; i += 4) {
    colours.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
  }
  return colours.size;
}
