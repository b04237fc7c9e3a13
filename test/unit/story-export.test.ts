// Exports of the StoryReport are what the reader saw: every version with its link, date and one match figure,
// the summary and the details in the popup's words, each fact with its outlets; page text stays text.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/core/compare';
import {
  CONTENT_SECURITY_POLICY,
  discrepancyText,
  headings,
  storyToHtml,
  storyToJson,
  storyToMarkdown,
  summaryParts,
  versionLine,
} from '../../src/core/export';
import type { StoryVersion } from '../../src/core/model';
import { storyReport } from '../../src/core/story';
import { compareWithVersions } from '../../src/core/versions';
import { seedText } from '../gold/score';

const OUTLETS: Record<string, string> = {
  '001': 'Baltic Wire',
  '002': 'Global Affairs Today',
  '003': 'Courier Now',
  '004': 'The Ledger',
};
const version = (id: string, extra: Partial<StoryVersion> = {}): StoryVersion => ({
  id,
  title: `Headline of ${id}`,
  outlet: OUTLETS[id] ?? id,
  url: `https://news.example/${id}?a=1&b=2`,
  publishedTime: '2026-01-29T10:00:00Z',
  capturedAt: '2026-01-29T12:00:00Z',
  score: 0.4 + Number(id) / 100,
  sameUrl: false,
  ...extra,
});
const related = version('999', {
  title: 'Earthquake <script>alert(1)</script> in Chile',
  outlet: 'Quake News',
  url: 'javascript:alert(1)',
  score: 0.27,
});
const article = (id: string) => ({ id, article: articleFromText(seedText(id)) });
const others = ['001', '002', '003', '004'];
const report = storyReport(
  {
    id: '000',
    title: 'Kremlin Says Moscow Still Awaiting Zelensky’s Response',
    outlet: 'The Meridian Post',
    url: 'https://meridian.example/kremlin',
    publishedTime: '2026-01-29T09:00:00Z',
    capturedAt: '2026-01-29T12:30:00Z',
  },
  others.map((id) => version(id)),
  compareWithVersions(article('000'), others.map(article)),
  [related],
);

describe('storyToMarkdown', () => {
  const md = storyToMarkdown(report);

  it('opens with the summary the popup leads with and lists every version with link, date and figure', () => {
    expect(md).toContain(summaryParts(report).join(' · '));
    for (const v of report.versions) {
      expect(md).toContain(versionLine(v));
      expect(md).toContain(`(<${v.url}>)`);
    }
    expect(md).toContain('41% match');
  });

  it('lists the possibly related apart, with its likelihood, not compared, and without a javascript: link', () => {
    const section = md.slice(
      md.indexOf('## Possibly related'),
      md.indexOf(`## ${headings(report).discrepancies}`),
    );
    expect(section).toContain('27% likely the same story');
    expect(md).not.toContain('javascript:');
    expect(md).not.toContain('<script>');
  });

  it('gives each missing fact with its outlet, the Kyiv pause first, and the details in the popup’s words', () => {
    const missing = md.slice(md.indexOf(`## ${headings(report).missing}`));
    const firstFact = missing.split('\n').find((line) => line.startsWith('- '));
    expect(firstFact).toMatch(/halt attacks on Kyiv.*— _Courier Now_/);
    for (const d of report.discrepancies)
      expect(md).toContain(discrepancyText(report, d).replace(/\*/g, '\\*'));
    expect(md).toContain('Quote (Kadyrov)');
    expect(md).not.toMatch(/similarity|REMOVED|ADDED/i);
  });
});

describe('storyToHtml', () => {
  const html = storyToHtml(report);

  it('carries the same summary, versions with links and the facts, all escaped, under a strict policy', () => {
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(html).toContain(summaryParts(report).join(' · '));
    expect(html).toContain('href="https://news.example/003?a=1&amp;b=2"');
    expect(html).toContain('Earthquake &lt;script&gt;alert(1)&lt;/script&gt; in Chile');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    expect(html).toMatch(/halt attacks on Kyiv[^<]*<span class="sources">— Courier Now/);
    expect(html).not.toMatch(/similarity|>removed<|>added</i);
  });
});

describe('storyToJson', () => {
  it('is the report itself, with its format named', () => {
    const parsed = JSON.parse(storyToJson(report)) as Record<string, unknown>;
    expect(parsed.format).toBe('storydiff-story-report');
    const { format: _f, version: _v, ...rest } = parsed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('an earlier capture of the same page', () => {
  it('is named as such with its capture time, and never given a match figure', () => {
    const earlier = version('000', { sameUrl: true, score: 1, capturedAt: '2026-01-29T08:00:00Z' });
    const line = versionLine(earlier);
    expect(line).toMatch(/^Earlier version \(captured /);
    expect(line).not.toContain('100%');
  });
});

describe('versions past the compared ones', () => {
  it('are listed, and said not to be compared', () => {
    const few = { ...report, compared: 2 };
    const md = storyToMarkdown(few);
    const lines = md.split('\n').filter((l) => report.versions.some((v) => l.includes(versionLine(v))));
    expect(lines.map((l) => l.endsWith('_(not compared)_'))).toEqual([false, false, true, true]);
    expect(storyToHtml(few).match(/<span class="muted">\(not compared\)/g)).toHaveLength(2);
  });
});

describe('a paywalled stub', () => {
  it('says in both exports, as the popup does, that the article is cut off and missing facts may be in the rest', () => {
    const stub = { ...report, base: { ...report.base, partial: true, words: 84 } };
    const md = storyToMarkdown(stub);
    const html = storyToHtml(stub);
    for (const text of [md, html]) {
      expect(text).toContain('This article is cut off');
      expect(text).toContain('(84 words)');
      expect(text).toContain('Facts listed as missing may be in the rest.');
    }
    // Right under the summary, before any list of missing facts.
    expect(md.indexOf('This article is cut off')).toBeLessThan(md.indexOf('## Versions'));
    expect(storyToMarkdown(report)).not.toContain('cut off');
    expect(storyToHtml(report)).not.toContain('cut off');
  });
});
