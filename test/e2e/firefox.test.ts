// Firefox: the Firefox build installs through WebDriver BiDi (webExtension.install) into Debian's Firefox
// ESR, and its options page talks to its background script, which opens the library in IndexedDB.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import { DIST_FIREFOX } from '../paths';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'storydiff@storydiff.dev';
const UUID = '5b0f7c1e-2d7a-4c1e-9a61-57d0e1f0c0de';

/** A minimal WebDriver BiDi client: numbered commands over one WebSocket. */
class Bidi {
  private next = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        result?: unknown;
        error?: string;
        message?: string;
      };
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) return;
      if (message.error) waiter.reject(new Error(`${message.error}: ${message.message}`));
      else waiter.resolve(message.result);
    });
  }
  send<T>(method: string, params: object): Promise<T> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
  }
}

let firefox: ChildProcess | undefined;
let socket: WebSocket | undefined;
let profile = '';

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  profile = mkdtempSync(join(tmpdir(), 'storydiff-firefox-'));
  // A fixed internal UUID for our add-on, so that the test knows its moz-extension:// address.
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [GECKO_ID]: UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("app.update.enabled", false);',
    ].join('\n'),
  );
}, 10_000);

afterAll(() => {
  socket?.close();
  firefox?.kill('SIGKILL');
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
});

test('the Firefox build installs through WebDriver BiDi and its options page reaches the library', async () => {
  firefox = spawn(
    FIREFOX,
    [
      '--headless',
      '--remote-allow-system-access',
      '--remote-debugging-port',
      '0',
      '--profile',
      profile,
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start:\n${seen}`)), 60_000);
    firefox?.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => socket?.once('open', resolve).once('error', reject));
  const bidi = new Bidi(socket);
  await bidi.send('session.new', { capabilities: {} });

  const installed = await bidi.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: DIST_FIREFOX },
  });
  expect(installed.extension).toBe(GECKO_ID);

  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await bidi.send('browsingContext.navigate', {
    context,
    url: `moz-extension://${UUID}/src/ui/options/index.html`,
    wait: 'complete',
  });
  let text = '';
  for (let attempt = 0; attempt < 50 && !text.includes('Your library is empty'); attempt++) {
    const evaluated = await bidi.send<{ result: { value?: string } }>('script.evaluate', {
      expression: 'document.body.innerText',
      target: { context },
      awaitPromise: false,
    });
    text = evaluated.result.value ?? '';
    if (!text.includes('Your library is empty')) await new Promise((r) => setTimeout(r, 200));
  }
  expect(text).toContain('StoryDiff');
  expect(text).toContain('Your library is empty');
});
