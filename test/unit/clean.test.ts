// Page text that could reorder, hide or break what StoryDiff shows is cleaned before it is stored.
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../src/core/compare';
import { cleanText } from '../../src/core/text';

describe('cleanText', () => {
  test('drops bidi overrides and isolates, which would reverse the words after them', () => {
    expect(cleanText('The Coastal Ledger\u202E Feb 11, 2026')).toBe('The Coastal Ledger Feb 11, 2026');
    expect(cleanText('\u2066Kyiv\u2069 \u202Aand\u202C Moscow')).toBe('Kyiv and Moscow');
  });

  test('drops zero-width spaces that split a word without showing it', () => {
    expect(cleanText('Ky\u200Biv\uFEFF')).toBe('Kyiv');
  });

  test('keeps joiners that scripts need, and right-to-left text itself', () => {
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanText('مرحبا بالعالم')).toBe('مرحبا بالعالم');
    expect(cleanText('👩\u200D💻')).toBe('👩\u200D💻');
  });

  test('replaces lone surrogates and keeps paired ones', () => {
    expect(cleanText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(cleanText('emoji 😀')).toBe('emoji 😀');
    expect(encodeURIComponent(cleanText('a\uD800b'))).toBe('a%EF%BF%BDb');
  });

  test('articles made from plain text are cleaned too', () => {
    expect(articleFromText('Troops\u202E withdrew on Monday.').text).toBe('Troops withdrew on Monday.');
  });
});
