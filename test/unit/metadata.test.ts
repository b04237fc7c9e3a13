// The outlet, headline and publication date a reader is shown, source by source and refusal by refusal,
// on the shapes real pages use (WordPress/Yoast @graph, news CMSs' meta tags, Blogger, Drupal's Dublin Core).
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/core/extract/metadata';
import { decodeEntities, outletFromUrl, settleArticle } from '../../src/core/outlet';
import type { Article } from '../../src/core/model';
import { parseHtml } from '../../src/cli/html';

const NOW = Date.parse('2026-01-30T12:00:00Z');

/** What the reader is shown of a page with this <head> and <body>, read from `url`. */
function shown(head: string, body = '', url = 'https://www.example-news.com/2026/01/29/story.html'): Article {
  const doc = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const meta = readMetadata(doc, url, {}, NOW);
  return settleArticle({ ...meta, paragraphs: [], text: '' }, NOW);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (key: string, content: string, attr = 'property') =>
  `<meta ${attr}="${key}" content="${content}">`;

describe('publication date', () => {
  it('reads datePublished inside a Yoast @graph', () => {
    const graph = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        { '@type': 'WebPage', datePublished: '2026-01-29T08:00:00+00:00' },
      ],
    });
    expect(shown(graph).publishedTime).toBe('2026-01-29T08:00:00+00:00');
  });

  it('reads article:published_time when the JSON-LD has no date', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Kremlin renews invitation' });
    expect(shown(head + meta('article:published_time', '2026-01-29T19:10:00Z')).publishedTime).toBe(
      '2026-01-29T19:10:00Z',
    );
  });

  it('drops JSON-LD 0001-01-01 and takes the next source instead of showing "Jan 1, 1"', () => {
    const head =
      ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00' }) +
      meta('article:published_time', '2026-01-29T10:00:00+01:00');
    expect(shown(head).publishedTime).toBe('2026-01-29T10:00:00+01:00');
  });

  it('reads itemprop, Parse.ly, Sailthru and Dublin Core in turn', () => {
    expect(shown('', '<span itemprop="datePublished" content="2026-01-28">Jan 28</span>').publishedTime).toBe(
      '2026-01-28',
    );
    expect(shown(meta('parsely-pub-date', '2026-01-27T09:00:00Z', 'name')).publishedTime).toBe(
      '2026-01-27T09:00:00Z',
    );
    expect(shown(meta('sailthru.date', '2026-01-26 14:05:00', 'name')).publishedTime).toBe(
      '2026-01-26T14:05:00',
    );
    expect(shown(meta('DC.date.issued', '2026-01-25', 'name')).publishedTime).toBe('2026-01-25');
  });

  it('falls back to <time datetime> in the article', () => {
    const body =
      '<article><h1>Zeit</h1><time datetime="2026-01-29T10:15:00+01:00">29. Januar</time></article>';
    expect(shown('', body).publishedTime).toBe('2026-01-29T10:15:00+01:00');
  });

  it('keeps the page offset, written as ISO 8601, so the page’s own day survives', () => {
    expect(shown(meta('article:published_time', '2022-01-25T14:47:35+0100')).publishedTime).toBe(
      '2022-01-25T14:47:35+01:00',
    );
    expect(shown(meta('article:published_time', '2022-05-05T22:12:00 UTC')).publishedTime).toBe(
      '2022-05-05T22:12:00Z',
    );
  });

  it('refuses dates from the future, from before 1990 and free text it would have to guess', () => {
    expect(shown(meta('article:published_time', '2099-01-01T00:00:00Z')).publishedTime).toBeNull();
    expect(shown(meta('article:published_time', '1970-01-01T00:00:00Z')).publishedTime).toBeNull();
    // 10 May or 5 October? Engines' Date.parse answer differently; no date is better than a wrong one.
    expect(shown(meta('article:published_time', '10/05/2022 05:22 pm')).publishedTime).toBeNull();
    expect(shown(meta('article:published_time', '2022-13-45')).publishedTime).toBeNull();
  });

  it('settles a stored impossible date to none', () => {
    const article = shown('');
    expect(
      settleArticle({ ...article, publishedTime: '0001-01-01T00:00:00Z' }, NOW).publishedTime,
    ).toBeNull();
  });
});

describe('outlet', () => {
  it('takes the JSON-LD publisher, then og:site_name', () => {
    const publisher = ld({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'Example News' },
    });
    expect(shown(publisher + meta('og:site_name', 'Example')).siteName).toBe('Example News');
    expect(shown(meta('og:site_name', 'Example News')).siteName).toBe('Example News');
  });

  it('passes over a section name, a handle, a host and a generic word for the host’s name', () => {
    const reuters = 'https://www.reuters.com/world/us/story-2026-01-29/';
    expect(shown(meta('og:site_name', 'U.S.'), '', reuters).siteName).toBe('Reuters');
    expect(shown(meta('og:site_name', '@politifact'), '', 'https://www.politifact.com/a/').siteName).toBe(
      'politifact.com',
    );
    expect(shown(meta('og:site_name', 'Hosted'), '', 'https://apnews.com/article/x').siteName).toBe(
      'AP News',
    );
    expect(
      shown(meta('og:site_name', 'Blogger'), '', 'https://sibenlab.blogspot.com/2018/06/p.html').siteName,
    ).toBe('sibenlab.blogspot.com');
  });

  it('splits a tagline off the name', () => {
    const site = meta('og:site_name', 'Herz und Blut - Interior | Design | Lifestyle | Travel Blog');
    expect(shown(site, '', 'https://www.herzundblut.com/blog-1/x').siteName).toBe('Herz und Blut');
    const reset = meta('og:site_name', 'Digital for Good | RESET.ORG');
    expect(shown(reset, '', 'https://reset.org/a/').siteName).toBe('RESET.ORG');
  });

  it('prefers the magazine’s name to its publishing company', () => {
    const head =
      ld({ '@type': 'Article', publisher: { '@type': 'Organization', name: 'Georg GmbH & Co. KG' } }) +
      meta('og:site_name', 'Baumeister');
    expect(shown(head, '', 'https://www.baumeister.de/sportzentrum/').siteName).toBe('Baumeister');
  });

  it('finds the name in the title when nothing declares it, only where it resembles the address', () => {
    const title =
      '<title>Zweimal Kuusela im Powerplay: München verpasst das Endspiel - Eishockey NEWS</title>';
    expect(shown(title, '', 'https://www.eishockeynews.de/aktuell/artikel/x').siteName).toBe(
      'Eishockey NEWS',
    );
    const tagline = '<title>Louis Vuitton Palm Springs PM oder Mini? – Fashionblog aus Köln</title>';
    expect(shown(tagline, '', 'http://www.franziska-elea.de/2019/02/10/x/').siteName).toBe(
      'franziska-elea.de',
    );
  });

  it('names undeclared outlets from the address: well-known ones by name, others by registrable domain', () => {
    expect(outletFromUrl('https://www.nytimes.com/2026/01/29/world/europe/zelensky.html')).toBe(
      'The New York Times',
    );
    expect(outletFromUrl('https://news.bbc.co.uk/2/hi/europe/1.stm')).toBe('BBC');
    expect(outletFromUrl('https://www.regionalzeitung.co.uk/lokales/a')).toBe('regionalzeitung.co.uk');
    expect(outletFromUrl('https://web.archive.org/web/2019/http://www.modabot.de/paris')).toBe('modabot.de');
    expect(outletFromUrl('example.com/a')).toBeNull();
  });
});

describe('headline', () => {
  it('decodes entities a CMS left in the title', () => {
    expect(shown(meta('og:title', 'Why the ferry doesn&amp;#8217;t run')).title).toBe(
      'Why the ferry doesn’t run',
    );
    expect(shown(ld({ '@type': 'Article', headline: 'Olive &#038; Herb Focaccia Bread' })).title).toBe(
      'Olive & Herb Focaccia Bread',
    );
    expect(decodeEntities('Tom &amp; Jerry &hellip;')).toBe('Tom & Jerry …');
  });

  it('trims the outlet’s name and a one-word section from the end, and from the start', () => {
    const sz =
      '<title>Deutschlandtakt: Flixbus attackiert Deutsche Bahn - Wirtschaft - Süddeutsche.de</title>' +
      meta('og:site_name', 'Süddeutsche.de');
    expect(shown(sz, '', 'https://www.sueddeutsche.de/wirtschaft/x').title).toBe(
      'Deutschlandtakt: Flixbus attackiert Deutsche Bahn',
    );
    const prefix =
      '<title>gipfelbuch.ch - Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch</title>';
    expect(shown(prefix, '', 'https://www.gipfelbuch.ch/outdoornews/detail/id/718').title).toBe(
      'Hochauflösende Schneekarten auf Gipfelbuch.ch',
    );
  });

  it('keeps a suffix that is part of the headline', () => {
    const letters = meta('og:title', 'Letters: Coddling criminals | Undermining road | Tax dollars');
    expect(
      shown(letters + meta('og:site_name', 'The Mercury News'), '', 'https://www.mercurynews.com/x').title,
    ).toBe('Letters: Coddling criminals | Undermining road | Tax dollars');
  });

  it('shows the visible <h1> when the declared title carries it with the site’s furniture around it', () => {
    const head = meta('og:title', 'r/Python - What’s your opinion on what to include in __init__.py ?');
    const body = '<h1>What’s your opinion on what to include in __init__.py ?</h1>';
    expect(shown(head, body, 'https://www.reddit.com/r/Python/comments/1/x/').title).toBe(
      'What’s your opinion on what to include in __init__.py ?',
    );
  });

  it('passes over a CMS name in the JSON-LD headline and a banner <h1>', () => {
    const head =
      ld({ '@type': 'NewsArticle', headline: 'escenic' }) +
      meta('og:title', 'Plumber jailed after boiler killed millionaire’s daughter');
    const body = '<h1>The Telegraph</h1>';
    expect(shown(head, body, 'https://www.telegraph.co.uk/news/1/x.html').title).toBe(
      'Plumber jailed after boiler killed millionaire’s daughter',
    );
  });
});
