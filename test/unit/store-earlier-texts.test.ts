// The library page counts each page's texts: a page edited between captures keeps its earlier texts, and
// the count comes from the store's own keys.
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/store/library';
import { article, clock, freshFactory, seedArticles } from './store-helpers';

describe('earlierTextCounts', () => {
  it('counts the earlier texts of each edited page, and none for pages captured once', async () => {
    const library = await openLibrary(freshFactory(), { now: clock() });
    const [first, second] = seedArticles();
    await library.saveCapture(first!);
    await library.saveCapture(second!);
    const lines = first!.paragraphs.map((p) => p.text);
    // The outlet edits its page twice: a sentence added, then a figure corrected.
    const edited = [...lines, 'Ushakov said talks could resume next week.'];
    await library.saveCapture(article(edited, first!.url, first!.title));
    await library.saveCapture(
      article(
        [...edited.slice(0, -1), 'Ushakov said talks could resume in ten days.'],
        first!.url,
        first!.title,
      ),
    );
    const [stored] = await library.listArticles({ search: first!.title });
    const counts = await library.earlierTextCounts();
    expect(counts.get(stored!.id)).toBe(2);
    expect(counts.size).toBe(1);
    library.close();
  });
});
