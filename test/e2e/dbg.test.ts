import { test } from 'vitest';
import { captureWithClick, launchWithExtension, seedPages, servePages } from './harness';
test('dbg', async () => {
  const server = await servePages(seedPages());
  const ext = await launchWithExtension();
  const { popup } = await captureWithClick(ext, `${server.origin}/seed-003/`);
  await popup.close();
  const options = await ext.context.newPage();
  options.on('console', (m) => console.log('CONSOLE', m.text()));
  options.on('pageerror', (e) => console.log('PAGEERROR', String(e)));
  await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
  await new Promise((r) => setTimeout(r, 3000));
  console.log('OPTIONS', (await options.locator('main').innerText()).slice(0, 600));
  await ext.close();
  await server.close();
}, 120000);
