// `npm run demo` (after the build): says how to load the freshly built extension.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
console.log(`StoryDiff is built.

Chrome / Chromium: open chrome://extensions, turn on Developer mode, click "Load unpacked" and choose
  ${join(root, 'dist', 'chrome')}
Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose
  ${join(root, 'dist', 'firefox', 'manifest.json')}`);
