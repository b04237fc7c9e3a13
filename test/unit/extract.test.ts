// Article capture on the fixture pages: the story and nothing else, the metadata the page declares,
// not-articles refused with a reader-facing reason, and the page itself left untouched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import type { Article, ExtractResult } from '../../src/core/model';
import { parseHtml, savedFrameDocument } from '../../src/cli/html';
import { REPO_ROOT, SHARED } from '../paths';

const PAGES = join(REPO_ROOT, 'test', 'fixtures', 'pages');
const fixtures = readdirSync(PAGES).sort();
const source = (name: string) => readFileSync(join(PAGES, name, 'source.html'), 'utf8');
const expected = (name: string) =>
  JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Partial<Article> & { ok?: false };

/**
 * What a browser gives as an srcdoc iframe's contentDocument (srcdoc frames are same-origin); linkedom has no
 * frame documents, and a frame with a src is another page a saved file does not hold.
 */
/** A saved page's frames, as the CLI reads them (srcdoc only). */
const srcdocFrames = savedFrameDocument;

function article(result: ExtractResult): Article {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.article;
}

describe('fixture pages', () => {
  it('has a source and an expected file in every folder', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    for (const name of fixtures)
      expect(readdirSync(join(PAGES, name)).sort()).toEqual(['expected.json', 'source.html']);
  });

  for (const name of fixtures) {
    it(`extracts ${name} as expected`, () => {
      const want = expected(name);
      const result = extract(parseHtml(source(name)), { frameDocument: srcdocFrames });
      if (want.ok === false) {
        expect(result).toEqual(want);
        return;
      }
      const got = article(result);
      const { ok: _ok, ...fields } = want;
      for (const [key, value] of Object.entries(fields))
        expect(got[key as keyof Article], key).toEqual(value);
      expect(got.partial).toBe(want.partial);
    });
  }

  it('gives the same paragraphs with jsdom as with linkedom', () => {
    for (const name of fixtures.filter((n) => n.startsWith('seed-'))) {
      const document = new JSDOM(source(name)).window.document;
      expect(article(extract(document)).paragraphs).toEqual(expected(name).paragraphs);
    }
  });

  it('never modifies the page it reads', () => {
    for (const name of fixtures) {
      const document = parseHtml(source(name));
      const before = document.documentElement.outerHTML;
      extract(document);
      expect(document.documentElement.outerHTML).toBe(before);
    }
  });
});

// What the scrapers of the five outlets picked up that is not the story.
const SEED_BOILERPLATE = [
  'Leave a Reply',
  'Your email address will not be published',
  'READ MORE',
  '/images/ppid_',
  'Image source from',
  'Sign up for Newsletter',
  'daily dose of political',
  'Rate This Article',
  '(0 votes)',
  'Top Stories',
  // the caption of seed 002's lead image, a second headline
  'Russia Invites Zelensky to Moscow for Ukraine Peace Talks',
];

describe('the five seed stories', () => {
  const seeds = readdirSync(join(SHARED, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort();

  seeds.forEach((file, i) => {
    it(`keeps the whole story of ${file} and none of its boilerplate`, () => {
      const got = article(extract(parseHtml(source(`seed-00${i}`))));
      const lines = readFileSync(join(SHARED, 'seeds', file), 'utf8')
        .split('\n')
        .map((line) => line.replace(/^\s*•\s*/, '').trim())
        .filter((line) => line !== '');
      const story = lines.filter(
        (line) => !SEED_BOILERPLATE.some((b) => line.includes(b)) && !/^January 30, 2026/.test(line),
      );
      // Lines that only repeat the headline are not story text either.
      const body = story.filter((line) => !got.title.startsWith(line) && line !== `${got.title}Top Stories`);
      expect(body.length).toBeGreaterThan(5);
      for (const line of body) expect(got.text).toContain(line);
      for (const b of SEED_BOILERPLATE) expect(got.text).not.toContain(b);
      expect(got.text).not.toContain(got.title);
      expect(got.publishedTime?.startsWith('2026-01-29')).toBe(true);
    });
  });

  it('marks the sticking points of seed 002 as list items', () => {
    const items = article(extract(parseHtml(source('seed-002')))).paragraphs.filter(
      (p) => p.kind === 'list-item',
    );
    expect(items.map((p) => p.text.slice(0, 30))).toEqual([
      'The potential deployment of in',
      'The fate of the Russian-contro',
    ]);
  });

  it('keeps the fact only seed 003 reports', () => {
    const text = article(extract(parseHtml(source('seed-003')))).text;
    expect(text).toContain('Putin has agreed to halt attacks on Kyiv and other Ukrainian cities for a week');
  });
});

describe('pages that are not articles', () => {
  const refusal = { ok: false, reason: 'not-article', message: 'This page does not look like an article.' };

  it('refuses an empty page and a page of navigation', () => {
    expect(extract(parseHtml('<html><body></body></html>'))).toEqual(refusal);
    const nav = `<html><body><nav>${'<a href="/x">Section</a> '.repeat(40)}</nav><footer>© 2026</footer></body></html>`;
    expect(extract(parseHtml(nav))).toEqual(refusal);
  });
});

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report says what the committee decided on Tuesday, who voted for it, and what happens next, according to the minutes published by the town hall.</p>`;

describe('hard pages', () => {
  it('reads text inside open shadow roots and declarative shadow DOM', () => {
    const document =
      parseHtml(`<html><head><title>Committee decides</title></head><body><h1>Committee decides</h1><div id="host"></div>
      <div><template shadowrootmode="open">${paragraph(4)}${paragraph(5)}</template></div></body></html>`);
    const root = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (root) root.innerHTML = [1, 2, 3].map(paragraph).join('');
    const text = article(extract(document)).text;
    for (const n of [1, 2, 3, 4, 5]) expect(text).toContain(`Paragraph ${n} of the report`);
  });

  it('extracts the article from a 5 MB page full of comments', () => {
    const comment =
      '<li class="comment"><p>I disagree with every word of this, and here is a long reason why it matters.</p></li>';
    const html = `<html><head><title>Council approves the budget</title></head><body><article><h1>Council approves the budget</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>
      <ol class="comments">${comment.repeat(5_000_000 / comment.length)}</ol></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const got = article(extract(parseHtml(html)));
    expect(got.paragraphs.map((p) => p.text.slice(0, 11))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Paragraph ${n}`),
    );
  });

  it('takes the publication time from <time datetime> when nothing else declares it', () => {
    const html = `<html lang="de"><body><article><h1>Zeit</h1><time datetime="2026-01-29T10:15:00+01:00">29. Januar</time>${[1, 2, 3].map(paragraph).join('')}</article></body></html>`;
    const got = article(extract(parseHtml(html), { url: 'https://example.org/a?utm_source=x&id=7' }));
    expect(got.publishedTime).toBe('2026-01-29T10:15:00+01:00');
    expect(got.lang).toBe('de');
    expect(got.url).toBe('https://example.org/a?utm_source=x&id=7');
    expect(got.canonicalUrl).toBe('https://example.org/a?id=7');
  });
});

// linkedom has no frame documents, so these tests hand extract() the documents a browser would give through
// contentDocument: a parsed document for a same-origin frame, null for a cross-origin one.
describe('frames', () => {
  const story = [1, 2, 3, 4].map(paragraph).join('');
  const framesOf = (docs: Record<string, string | null>) => (frame: Element) => {
    const html = docs[frame.getAttribute('name') ?? ''];
    return html ? parseHtml(html) : null;
  };

  it('reads the story of a <frameset> page from its main frame, not the menu frame or <noframes>', () => {
    const page = parseHtml(`<html><head><title>Committee decides</title></head><frameset cols="20%,80%">
      <frame name="menu" src="menu.html"><frame name="main" src="main.html"></frameset>
      <noframes>Your browser does not support frames.</noframes></html>`);
    const frameDocument = framesOf({
      menu: `<html><body><ul>${'<li><a href="/x">Earlier reports of the committee</a></li>'.repeat(8)}</ul></body></html>`,
      main: `<html><body><h1>Committee decides</h1>${story}</body></html>`,
    });
    const got = article(extract(page, { frameDocument }));
    expect(got.paragraphs.map((p) => p.text.slice(0, 11))).toEqual([1, 2, 3, 4].map((n) => `Paragraph ${n}`));
    expect(got.text).not.toContain('Earlier reports');
    expect(got.text).not.toContain('does not support frames');
  });

  it('reads an article shown in a same-origin iframe and leaves out cross-origin and ad frames', () => {
    const html = `<html><head><title>Committee decides</title></head><body><nav><a href="/">Home</a></nav>
      <iframe name="story" src="/embed/story"></iframe><iframe name="ad" src="https://ads.example/slot"></iframe>
      <iframe name="promo" src="/promo"></iframe></body></html>`;
    const page = parseHtml(html);
    const frameDocument = framesOf({
      story: `<html><body><article><h1>Committee decides</h1>${story}</article></body></html>`,
      // Cross-origin: the browser gives no document. Same-origin ad: a few words of a sales pitch.
      ad: null,
      promo: '<html><body><a href="/shop">Win a holiday for two!</a></body></html>',
    });
    const got = article(extract(page, { frameDocument }));
    expect(got.text).toContain('Paragraph 4 of the report');
    expect(got.text).not.toContain('Win a holiday');
    expect(page.documentElement.outerHTML).toBe(parseHtml(html).documentElement.outerHTML);
  });

  it('gives the same article whether or not cross-origin frames sit beside it', () => {
    const plain = `<html><head><title>Committee decides</title></head><body><article><h1>Committee decides</h1>${story}</article>`;
    const framed = `${plain}<iframe src="https://video.example/embed/1"></iframe></body></html>`;
    expect(extract(parseHtml(framed), { frameDocument: () => null })).toEqual(
      extract(parseHtml(`${plain}</body></html>`)),
    );
  });

  it('reads the story of a page that shows it in an srcdoc iframe, beside two ad frames', () => {
    expect(extract(parseHtml(source('iframe-srcdoc'))).ok).toBe(false);
    const got = article(extract(parseHtml(source('iframe-srcdoc')), { frameDocument: srcdocFrames }));
    expect(got.text).toContain('The central library will stay open until 9 p.m. on weekdays');
    expect(got.text).not.toContain('Win a holiday');
    expect(got.text).not.toContain('Sign up for our newsletter');
  });
});
