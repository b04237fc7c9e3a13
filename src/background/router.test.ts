// Every request type has a handler, untrusted senders are refused, and handler failures become messages.
import { describe, expect, test } from 'vitest';
import { fromOwnPage, route, type Handlers } from './router';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = async (): Promise<never> => {
    throw new Error('unused');
  };
  return {
    captureTab: fail,
    getTabState: async () => null,
    compareArticles: fail,
    listLibrary: async () => [],
    listStories: async () => ({ stories: [], more: false }),
    getStoredCopy: fail,
    deleteArticle: fail,
    clearLibrary: fail,
    exportLibrary: fail,
    importLibrary: fail,
    listDamaged: async () => [],
    libraryRestored: async () => ({ indexed: 0, done: true }),
    findFeeds: fail,
    followFeed: fail,
    listFeeds: async () => [],
    unfollowFeed: fail,
    pollFeeds: fail,
    listChanged: async () => [],
    ...overrides,
  };
}

describe('fromOwnPage', () => {
  test('trusts only our own extension pages', () => {
    const optionsInTab = { id: ID, url: `${ORIGIN}src/ui/options/index.html`, tab: { index: 0 } as never };
    expect(fromOwnPage(optionsInTab, ID, ORIGIN)).toBe(true);
    expect(fromOwnPage({ id: ID, url: `${ORIGIN}src/ui/popup/index.html` }, ID, ORIGIN)).toBe(true);
    expect(fromOwnPage({ id: 'other-extension', url: `${ORIGIN}x` }, ID, ORIGIN)).toBe(false);
    expect(
      fromOwnPage({ id: ID, url: 'https://news.example/story', tab: { index: 0 } as never }, ID, ORIGIN),
    ).toBe(false);
    expect(fromOwnPage({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
  });
});

describe('route', () => {
  test('answers a valid request with its handler’s result', async () => {
    const answer = await route(
      handlers({ listLibrary: async () => [] }),
      { type: 'listLibrary', params: {} },
      true,
    );
    expect(answer).toEqual({ ok: true, result: [] });
  });

  test('refuses untrusted senders without running the handler', async () => {
    let ran = false;
    const answer = await route(
      handlers({ listLibrary: async () => ((ran = true), []) }),
      { type: 'listLibrary', params: {} },
      false,
    );
    expect(answer.ok).toBe(false);
    expect(ran).toBe(false);
  });

  test('turns a handler failure into a reader-facing error, not a crash', async () => {
    const answer = await route(
      handlers({
        deleteArticle: async () => {
          throw new Error('That article is no longer in your library.');
        },
      }),
      { type: 'deleteArticle', params: { id: 'x' } },
      true,
    );
    expect(answer).toEqual({ ok: false, error: 'That article is no longer in your library.' });
  });
});
