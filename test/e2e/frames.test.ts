// Stories inside frames, captured by a real click: the text of a same-origin iframe and of a classic
// frameset's story frame is read; an ad frame from another origin and a menu frame are not; the page itself
// is left as it was.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { captureWithClick, launchWithExtension, servePages, type ExtensionBrowser } from './harness';

const paragraphs = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');

const STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>story</title></head><body><article>
${paragraphs(
  'The regional water board approved a plan on Tuesday to replace 14 kilometres of lead pipes under the old town before the end of next year.',
  'Engineers said the work would start on the streets around the cathedral, where tests last spring found the highest readings, and move outwards.',
  'Households will get bottled water during the works, the board said, and the cost of 22 million euros will be shared with the national government.',
  'Residents who campaigned for the replacement welcomed the vote but said they would keep testing their taps until the last pipe is gone.',
)}
</article></body></html>`;

const AD = `<!doctype html><html><body><div class="promo">${'Win a holiday for two on the sunny coast! Book now and save. '.repeat(6)}</div></body></html>`;
const MENU = `<!doctype html><html><body><ul>${[
  'Home',
  'Politics',
  'Sport',
  'Weather',
  'Contact the newsroom',
]
  .map((item) => `<li><a href="/">${item}</a></li>`)
  .join('')}</ul></body></html>`;

let ext: ExtensionBrowser;
let site: Awaited<ReturnType<typeof servePages>>;
let adServer: Awaited<ReturnType<typeof servePages>>;
let options: Page;

beforeAll(async () => {
  // Another port is another origin: its frame's document is closed to the page and to StoryDiff.
  adServer = await servePages([{ path: '/ad.html', body: AD }]);
  const head = (title: string) =>
    `<head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Valley Post"></head>`;
  site = await servePages([
    { path: '/story.html', body: STORY },
    { path: '/menu.html', body: MENU },
    {
      path: '/framed/',
      body: `<!doctype html><html lang="en">${head('Lead pipes to go under the old town')}<body>
<h1>Lead pipes to go under the old town</h1>
<iframe src="/story.html" width="800" height="600" title="Story"></iframe>
<iframe src="${adServer.origin}/ad.html" width="300" height="250" title="Advertisement"></iframe>
</body></html>`,
    },
    {
      path: '/frameset/',
      body: `<!doctype html><html lang="en">${head('Lead pipes to go under the old town (frames)')}
<frameset cols="25%,75%"><frame src="/menu.html" name="menu"><frame src="/story.html" name="main">
<noframes><p>Your browser does not show frames.</p></noframes></frameset></html>`,
    },
  ]);
  ext = await launchWithExtension();
  options = await ext.open(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await adServer?.close();
});

const send = (message: object) =>
  options.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{
    ok: boolean;
    result: unknown;
  }>;

/** The texts the library holds, as its backup file gives them. */
async function storedTexts(): Promise<string[]> {
  const answer = await send({ type: 'exportLibrary', params: {} });
  if (!answer.ok) throw new Error('export refused');
  const { json } = answer.result as { json: string };
  return (JSON.parse(json) as { articles: { text: string }[] }).articles.map((a) => a.text);
}

beforeEach(async () => {
  await send({ type: 'clearLibrary', params: {} });
});

const frameHtml = (page: Page) =>
  page.evaluate(() => document.documentElement.outerHTML + String(window.frames.length));

test('a story in a same-origin iframe is read, the ad frame from another origin is not', async () => {
  const page = await ext.open(`${site.origin}/framed/`);
  const before = await frameHtml(page);
  await page.close();
  const { page: read, popup } = await captureWithClick(ext, `${site.origin}/framed/`);
  expect(await popup.getByTestId('article-title').textContent()).toBe('Lead pipes to go under the old town');
  const texts = await storedTexts();
  expect(texts).toHaveLength(1);
  const [text] = texts;
  expect(text).toContain('replace 14 kilometres of lead pipes');
  expect(text).toContain('keep testing their taps');
  expect(text).not.toContain('Win a holiday');
  expect(await frameHtml(read)).toBe(before);
  await popup.close();
});

test('a frameset page is read through its story frame, without the menu frame or the noframes text', async () => {
  const { popup } = await captureWithClick(ext, `${site.origin}/frameset/`);
  await popup.getByTestId('article-title').waitFor();
  const texts = await storedTexts();
  expect(texts).toHaveLength(1);
  const [text] = texts;
  expect(text).toContain('replace 14 kilometres of lead pipes');
  expect(text).not.toMatch(/Contact the newsroom|does not show frames/);
  await popup.close();
});
