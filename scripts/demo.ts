// `npm run demo`: StoryDiff on the seed stories. Serves the five outlets' pages on 127.0.0.1, starts
// Chromium with the built extension in a fresh profile, captures four outlets into its library with real
// toolbar clicks, and opens the fifth, so that the reader's first click shows the comparison.
// With a display, the browser stays open for you; without one (a server, CI), the demo clicks for you,
// prints what the popup shows and saves a screenshot.
import { existsSync } from 'node:fs';
import {
  captureWithClick,
  launchWithExtension,
  screenshot,
  seedPages,
  servePages,
} from '../test/e2e/harness';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function findBrowser(): string {
  const found = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    console.error(
      'storydiff demo: no Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  return found;
}

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

const server = await servePages(seedPages());
const ext = await launchWithExtension({ executable: findBrowser(), headless });
const [reading, ...library] = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

console.log(`Serving the five seed stories at ${server.origin}/seed-000/ … /seed-004/`);
for (const name of library) {
  const { page, popup } = await captureWithClick(ext, `${server.origin}/${name}/`);
  console.log(`  captured into the library: ${await popup.getByTestId('article-title').textContent()}`);
  await popup.close();
  await page.close();
}

const url = `${server.origin}/${reading}/`;
if (!headless) {
  await ext.open(url);
  console.log(
    `\nOpened ${url}. Click the StoryDiff icon in the toolbar (pin it from the puzzle-piece menu).`,
  );
  console.log('Press Ctrl+C to stop the demo.');
  process.on(
    'SIGINT',
    () =>
      void ext
        .close()
        .then(() => server.close())
        .then(() => process.exit(0)),
  );
} else {
  const { popup } = await captureWithClick(ext, url);
  await popup.waitForSelector('[data-testid="missing-count"], [data-testid="no-versions"]', {
    timeout: 30_000,
  });
  const fact = (text: string) => `  • ${text.replace(/\s*\n\s*/g, '\n    ')}`;
  console.log(`\nReading ${url}\n  “${await popup.getByTestId('article-title').textContent()}”\n`);
  console.log(`${await popup.getByTestId('missing-count').textContent()}:`);
  for (const text of await popup.locator('.fact-missing .fact-text').allInnerTexts()) {
    const sources = await popup
      .locator('.fact-missing .fact', { hasText: text.slice(0, 40) })
      .locator('.fact-sources')
      .first()
      .innerText();
    console.log(fact(`${text}\n(${sources})`));
  }
  const heading = async (id: string) => (await popup.locator(id).innerText()).replace(/\s+/g, ' ');
  console.log(`\n${await heading('#only-heading')}; ${await heading('#changes-heading')}.`);
  const shot = await screenshot(popup, 'demo-popup');
  console.log(`\nA screenshot of the popup is in ${shot}`);
  await ext.close();
  await server.close();
}
