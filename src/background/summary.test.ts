// The list entry of a stored article names its outlet and never shows an impossible date, whatever the
// record holds: records kept before outlets and dates were settled at capture are listed too.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../store/schema';
import { summarize } from './summary';

const record = (fields: Partial<ArticleRecord>): ArticleRecord => ({
  id: 'u:example.com/a',
  url: null,
  canonicalUrl: null,
  title: 'Kremlin renews invitation to Zelensky',
  siteName: null,
  byline: null,
  publishedTime: '2026-01-29T12:00:00Z',
  modifiedTime: null,
  lang: 'en',
  capturedAt: '2026-01-30T08:00:00Z',
  firstCapturedAt: '2026-01-30T08:00:00Z',
  text: 'Moscow has renewed its invitation.',
  paragraphs: [{ kind: 'paragraph', text: 'Moscow has renewed its invitation.' }],
  partial: false,
  contentHash: 'h',
  ...fields,
});

describe('summarize', () => {
  it('keeps the outlet the page declared', () => {
    expect(summarize(record({ siteName: 'Reuters', url: 'https://www.reuters.com/a' })).outlet).toBe(
      'Reuters',
    );
  });

  it('names an undeclared outlet from the canonical address, or the address read', () => {
    const nyt = record({ canonicalUrl: 'https://www.nytimes.com/2026/01/29/world/europe/zelensky.html' });
    expect(summarize(nyt).outlet).toBe('The New York Times');
    expect(summarize(record({ url: 'https://www.meridianpost.co.uk/world/x?utm_source=a' })).outlet).toBe(
      'meridianpost.co.uk',
    );
  });

  it('shows no date rather than "Jan 1, 1" for a record holding 0001-01-01', () => {
    expect(summarize(record({ publishedTime: '0001-01-01T00:00:00Z' })).publishedTime).toBeNull();
    expect(summarize(record({})).publishedTime).toBe('2026-01-29T12:00:00Z');
  });

  it('names a language other than English, and says when StoryDiff has no rules for it', () => {
    expect(summarize(record({ lang: 'en-GB' })).language).toBeUndefined();
    expect(summarize(record({ lang: 'de-AT' })).language).toEqual({ name: 'German', supported: true });
    expect(summarize(record({ lang: 'tr' })).language).toEqual({ name: 'Turkish', supported: false });
  });
});
