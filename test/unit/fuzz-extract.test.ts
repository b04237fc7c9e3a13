// Fuzzing extract(): arbitrary HTML and generated article-like pages (attributes, nesting, scripts, huge
// words, bidi/zero-width characters, lone surrogates) never throw, give well-formed results, stay near-linear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/html';
import { MAX_DEPTH, extract } from '../../src/core/extract';
import type { ExtractResult } from '../../src/core/model';
import { SEED, growth, nastyChar, sentences, storySentence } from './fuzz-arbitraries';

const SCRIPT_TOKEN = 'SCRIPTONLYTOKEN';
const KINDS = ['heading', 'paragraph', 'list-item', 'quote'];

/** Everything an ExtractResult promises, whatever the page. */
function expectWellFormed(result: ExtractResult): void {
  if (!result.ok) {
    expect(['empty', 'not-article', 'unsupported', 'too-large']).toContain(result.reason);
    expect(result.message.length).toBeGreaterThan(0);
    return;
  }
  const { article } = result;
  expect(article.text).toBe(article.paragraphs.map((p) => p.text).join('\n\n'));
  for (const p of article.paragraphs) {
    expect(KINDS).toContain(p.kind);
    expect(p.text).toBe(p.text.replace(/\s+/g, ' ').trim());
    expect(p.text).not.toBe('');
  }
  for (const address of [article.url, article.canonicalUrl, article.leadImageUrl])
    if (address !== null) expect(address).toMatch(/^https?:\/\//);
  expect(JSON.stringify(article)).not.toContain(SCRIPT_TOKEN);
}

function run(html: string, url?: string): ExtractResult {
  const document = parseHtml(html);
  const before = document.documentElement?.outerHTML;
  const result = extract(document, url === undefined ? {} : { url });
  expect(document.documentElement?.outerHTML).toBe(before);
  expectWellFormed(result);
  return result;
}

const MARKUP = [
  '<p>',
  '</p>',
  '<div class="comments">',
  '<div>',
  '</div>',
  '<article>',
  '</article>',
  '<h2>',
  '</h2>',
  '<li>',
  '<ul>',
  '<br>',
  '<br><br>',
  '<a href="javascript:x()">',
  '</a>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<template>',
  '<svg><p>',
  '<table><td>',
  `<script>var t="${SCRIPT_TOKEN}"</script>`,
  `<style>.${SCRIPT_TOKEN}{}</style>`,
  '<p hidden>',
  '<p style="display:none">',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '&lt;script&gt;',
  '&#xD800;',
  '&#0;',
  '&#x202E;',
  '&nbsp;',
  '<',
  '>',
  '"',
];

/** Tag soup: markup fragments, story sentences and nasty characters in any order. */
const tagSoup = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP), storySentence, nastyChar), { maxLength: 80 })
  .map((parts) => parts.join(''));

const attributes = fc.constantFrom(
  '',
  ' class="story-body"',
  ' class="related"',
  ' class="share social"',
  ' id="comments"',
  ' style="display:none"',
  ' hidden',
  ' onclick="alert(1)"',
  ' dir="rtl"',
  ' lang="ar"',
  ' data-x="&quot;&gt;&lt;script&gt;"',
);
const paragraph = fc
  .tuple(
    attributes,
    fc.array(storySentence, { minLength: 1, maxLength: 5 }),
    fc.option(fc.integer({ min: 1, max: 20_000 }), { freq: 8 }),
  )
  .map(([attr, s, huge]) => `<p${attr}>${s.join(' ')}${huge === null ? '' : ` ${'W'.repeat(huge)}`}</p>`);
const block = fc.oneof(
  paragraph,
  fc.tuple(attributes, paragraph).map(([attr, p]) => `<div${attr}>${p}</div>`),
  storySentence.map((s) => `<h2>${s}</h2>`),
  fc.constant(`<script>document.write("${SCRIPT_TOKEN}")</script>`),
  fc
    .integer({ min: 1, max: 40 })
    .map((d) => `${'<div><section>'.repeat(d)}<p>Nested.</p>${'</section></div>'.repeat(d)}`),
);

/** A page that looks like an article, with metadata that may be hostile. */
const articlePage = fc
  .tuple(
    fc.array(block, { minLength: 1, maxLength: 14 }),
    storySentence,
    fc.constantFrom(
      'https://news.example/a?utm_source=x#top',
      'javascript:alert(1)',
      'data:,x',
      '/relative',
      ' ',
    ),
  )
  .map(
    ([blocks, title, canonical]) =>
      `<!doctype html><html><head><title>${title}</title><link rel="canonical" href="${canonical}">` +
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${SCRIPT_TOKEN.toLowerCase()}"}</script>` +
      `</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${blocks.join('\n')}</article></body></html>`,
  );

describe('extract on arbitrary input', () => {
  it('never throws on tag soup, and never modifies the page', () => {
    fc.assert(
      fc.property(tagSoup, (soup) => {
        run(`<!doctype html><html><head></head><body>${soup}</body></html>`);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('gives well-formed articles for article-like pages with hostile attributes, scripts and huge words', () => {
    fc.assert(
      fc.property(articlePage, (html) => {
        run(html, 'https://news.example/story');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('answers empty input and bare fragments with a result, not an exception', () => {
    // linkedom builds no <html> element for these (browsers always do), so they test extract's own guard.
    for (const html of ['', ' ', '<!--', '\uFEFF', 'just text', '<p>', '</html>']) {
      const result = extract(parseHtml(html));
      expectWellFormed(result);
    }
    expect(extract(parseHtml(''))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses a page nested deeper than any HTML parser builds, instead of exhausting the stack', () => {
    const story = '<p>The council said the storm closed the harbour bridge on Wednesday morning.</p>'.repeat(
      6,
    );
    const deep = (d: number) =>
      `<html><head></head><body>${'<div>'.repeat(d)}${story}${'</div>'.repeat(d)}</body></html>`;
    expect(run(deep(20_000))).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(run(deep(MAX_DEPTH - 10)).ok).toBeTypeOf('boolean');
  });
});

describe('extract stays proportional to its input', () => {
  it('takes less than 40 times as long for a page with 8 times as many paragraphs', () => {
    const page = (n: number) =>
      `<html><body><article><h1>Story</h1>${sentences(n, 3)
        .map((s, i) => (i % 5 === 4 ? `<div class="related"><a href="/x">${s}</a></div>` : `<p>${s}</p>`))
        .join('')}</article></body></html>`;
    const pages = { small: page(60), large: page(480) };
    const ratio = growth(
      (scale) => parseHtml(pages[scale]),
      (document) => extract(document),
      3,
    );
    expect(ratio).toBeLessThan(40);
  });
});
