// Hostile pages end to end in Node: extraction keeps page text as text and drops every script, handler and
// javascript: address; the comparison still finds the facts; exports render the hostile text inertly.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/html';
import { compare } from '../../src/core/compare';
import { CONTENT_SECURITY_POLICY, toHtml, toJson, toMarkdown } from '../../src/core/export';
import { extract } from '../../src/core/extract';
import type { Article, Comparison } from '../../src/core/model';
import {
  DROPPED_MARKERS,
  HOSTILE_PAGES,
  HUGE_WORD,
  INVISIBLE_CHARACTERS,
  MARKER,
  METADATA_MARKERS,
  ONLY_IN,
  TEXT_MARKERS,
  hostilePage,
  type HostilePage,
} from '../fixtures/hostile';

const URL_OF = (name: HostilePage) => `https://news.example/${name}`;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

function extracted(name: HostilePage, url?: string): Article {
  const result = extract(parseHtml(hostilePage(name)), url === undefined ? {} : { url });
  if (!result.ok) throw new Error(`${name} refused: ${result.message}`);
  return result.article;
}

const articles = {} as Record<HostilePage, Article>;
let comparison: Comparison;

beforeAll(() => {
  for (const name of HOSTILE_PAGES) articles[name] = extracted(name, URL_OF(name));
  comparison = compare(articles['hostile-a'], articles['hostile-b']);
});

describe.each(HOSTILE_PAGES)('extracting %s', (name) => {
  it('keeps the text the page shows, markup written as text included, verbatim', () => {
    const { text, paragraphs } = articles[name];
    for (const marker of TEXT_MARKERS[name]) expect(text).toContain(marker);
    expect(paragraphs.some((p) => p.text.includes(HUGE_WORD))).toBe(true);
  });

  it('drops real scripts, event handlers, iframes and javascript:, data: and vbscript: addresses', () => {
    const everything = JSON.stringify(articles[name]);
    for (const marker of DROPPED_MARKERS[name]) expect(everything).not.toContain(marker);
    const { url, canonicalUrl, leadImageUrl } = articles[name];
    for (const address of [url, canonicalUrl, leadImageUrl]) expect(address ?? 'https:').toMatch(/^https:/);
  });

  it('keeps hostile metadata as plain text fields', () => {
    const { title, byline, siteName } = articles[name];
    const meta = [title, byline, siteName].join('\n');
    for (const marker of METADATA_MARKERS[name]) expect(meta).toContain(marker);
  });

  it('falls back to the address it was read from when the canonical link is javascript:', () => {
    expect(articles[name].canonicalUrl).toBe(URL_OF(name));
    expect(extracted(name).canonicalUrl).toBeNull();
    expect(articles[name].leadImageUrl).toBeNull();
  });
});

describe('comparing the two hostile versions', () => {
  it('still finds the same story, the facts only one reports and the changed numbers', () => {
    expect(comparison.sameStory).toBe(true);
    const only = (list: Comparison['onlyInBase']) => list.map((s) => s.text).join('\n');
    for (const fact of ONLY_IN['hostile-a']) expect(only(comparison.onlyInBase)).toContain(fact);
    for (const fact of ONLY_IN['hostile-b']) expect(only(comparison.onlyInOther)).toContain(fact);
    // The figure as written with its qualifier, and what it counts.
    expect(comparison.aligned.flatMap((p) => p.changes)).toEqual(
      expect.arrayContaining([
        { kind: 'number', base: 'About 1,200', other: 'Around 1,400', measure: 'residents' },
      ]),
    );
  });
});

describe('the exported HTML', () => {
  let html: string;
  let document: Document;
  beforeAll(() => {
    html = toHtml(comparison);
    document = new JSDOM(html).window.document;
  });

  it('has no script, no event handler, no remote reference and only its own style sheet', () => {
    const active = 'script, iframe, object, embed, base, form, link, img, svg';
    expect(document.querySelectorAll(active)).toHaveLength(0);
    const attributes = Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes));
    expect(attributes.filter((a) => /^on/i.test(a.name)).map((a) => a.name)).toEqual([]);
    expect(attributes.filter((a) => /^(href|src|srcset|action|style)$/i.test(a.name))).toEqual([]);
    expect(attributes.filter((a) => a.value.includes(MARKER))).toEqual([]);
    const styles = document.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.parentElement?.tagName).toBe('HEAD');
    expect(styles[0]?.textContent).not.toContain(MARKER);
  });

  it('carries a Content-Security-Policy that forbids scripts and remote loads', () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("default-src 'none'");
  });

  it('shows every hostile string it renders as text, in the title and body', () => {
    // Each occurrence in the file is one in the visible text: none hides in an attribute, script or style.
    const count = (s: string) => s.split(MARKER).length - 1;
    const text = `${document.title}\n${document.body.textContent ?? ''}`;
    expect(count(html)).toBeGreaterThanOrEqual(6);
    expect(count(text)).toBe(count(html));
    expect(text).toContain('</title><style>body{display:none}</style>');
    expect(text).toContain(HUGE_WORD);
  });

  it('lets no bidi control reorder the report around page text', () => {
    // Extraction already drops them (core/text/clean.ts); the export drops them again from any Comparison.
    expect(comparison.base.siteName).not.toMatch(BIDI);
    expect(document.title).toContain('HOSTILE-MARKER-SITE');
    expect(html).not.toMatch(BIDI);
    const raw = { ...comparison, base: { ...comparison.base, siteName: 'Ledger\u202E HOSTILE-MARKER-RAW' } };
    expect(toHtml(raw)).toContain('Ledger HOSTILE-MARKER-RAW');
    expect(toHtml(raw)).not.toMatch(BIDI);
    expect(toMarkdown(raw)).not.toMatch(BIDI);
  });
});

describe('the exported Markdown', () => {
  it('lets no page text open HTML or a link, and keeps it readable', () => {
    const md = toMarkdown(comparison);
    expect(md).not.toMatch(/<[a-z/!?]/i);
    expect(md).not.toMatch(/\]\(/);
    expect(md).not.toMatch(BIDI);
    expect(md).toContain('&lt;/title&gt;&lt;style&gt;body{display:none}&lt;/style&gt;');
    expect(md).toContain('passenger ferry');
  });
});

describe('the exported JSON', () => {
  it('round-trips exactly, lone surrogates and invisible characters included', () => {
    expect(JSON.parse(toJson(comparison)) as Comparison).toEqual(comparison);
    // Extraction repairs lone surrogates (U+FFFD) and drops invisible characters; a Comparison made some
    // other way that still carries them survives JSON unchanged.
    expect(comparison.base.title).toContain('\uFFFD');
    const raw = {
      ...comparison,
      base: { ...comparison.base, title: `a\uD800b ${INVISIBLE_CHARACTERS.join('')}` },
    };
    expect(JSON.parse(toJson(raw)) as Comparison).toEqual(raw);
  });
});
