// The worker's glue that decides what the popup lists: confident versions (earlier captures of the page
// first) as versions, weaker matches apart as possibly related, and nothing below one in five.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import type { Match } from '../../src/core/model';
import type { MatchIndex } from '../../src/core/match';
import { findVersions } from '../../src/background/pipeline';
import { openLibrary } from '../../src/store/library';
import { seedArticles } from './store-helpers';

// The click's browser parts are not exercised here: the worker's choice of versions is.
vi.mock('../../src/background/inject', () => ({ captureFromTab: vi.fn() }));
vi.mock('../../src/background/tab-state', () => ({ saveTabState: vi.fn(), setBadge: vi.fn() }));
vi.mock('../../src/shared/browser-api', () => ({ browser: {} }));

describe('findVersions', () => {
  test('lists confident matches as versions and weaker ones apart, the earlier capture first', async () => {
    const library = await openLibrary(new IDBFactory());
    const seeds = seedArticles();
    const [read, confident, weaker, faint] = await Promise.all(
      seeds.slice(0, 4).map(async (a) => (await library.saveCapture(a)).article),
    );
    const edited = await library.saveCapture({
      ...seeds[0]!,
      text: `${seeds[0]!.text}\n\nA line added later.`,
      paragraphs: [...seeds[0]!.paragraphs, { kind: 'paragraph', text: 'A line added later.' }],
    });
    expect(edited.isNewVersion).toBe(true);
    const matches: Match[] = [
      { id: confident!.id, score: 0.82, sameStory: true },
      { id: weaker!.id, score: 0.34, sameStory: false },
      { id: faint!.id, score: 0.12, sameStory: false },
    ];
    const index = { query: () => matches } as unknown as MatchIndex;
    const { versions, related } = await findVersions(
      { library, index },
      edited.article,
      edited.previousVersions,
    );

    expect(versions.map((v) => v.summary.id)).toEqual([edited.previousVersions[0]!.id, confident!.id]);
    expect(versions[0]?.summary).toMatchObject({ sameUrl: true });
    expect(related.map((r) => [r.id, r.score])).toEqual([[weaker!.id, 0.34]]);
    expect(related.some((r) => r.id === faint!.id || r.id === read!.id)).toBe(false);
  });
});
