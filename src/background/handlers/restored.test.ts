// After a restore written by the options page, the worker indexes the new articles once, even when it is
// asked twice at the same time (the page's own call and a second one), so no article is counted twice.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../store/library';
import { seedArticles } from '../../../test/unit/store-helpers';
import { getServices } from '../services';
import { libraryRestored } from './library';

describe('libraryRestored', () => {
  it('indexes what a restore added, once, however often it is asked', async () => {
    const { index } = await getServices();
    expect(index.size).toBe(0);
    // The options page writes the library itself, behind the worker's back.
    const page = await openLibrary(indexedDB);
    for (const a of seedArticles()) await page.saveCapture(a);
    const [first, second] = await Promise.all([libraryRestored(), libraryRestored()]);
    expect(first).toEqual({ indexed: 5, done: true });
    expect(second).toBe(first);
    expect(index.size).toBe(5);
    // Asked again later, there is nothing new.
    expect(await libraryRestored()).toEqual({ indexed: 0, done: true });
  });
});
