// Feeds shaped like real outlets' (test/fixtures/feeds) read into the one item shape: links absolute,
// text plain, dates in ISO 8601, each item once; discovery and OPML; what is not a feed is said so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  FeedError,
  decodeFeed,
  discoverFeeds,
  feedTime,
  readFeed,
  readOpml,
  writeOpml,
} from '../../src/core/feed';
import { ROOT } from '../paths';

const FEEDS = resolve(ROOT, 'test', 'fixtures', 'feeds');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(FEEDS, name)));
const text = (name: string) => decodeFeed(bytes(name));

describe('readFeed: RSS 2.0 as a wire service writes it', () => {
  const feed = readFeed(text('wire-rss2.xml'), 'https://wire.example/world/rss.xml');
  const [kremlin, energy, live, trump] = feed.items;

  test('reads the channel and drops the item the feed repeats', () => {
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Daily Wire Service — World');
    expect(feed.siteUrl).toBe('https://wire.example/world/');
    expect(feed.items).toHaveLength(4);
  });

  test('CDATA titles and HTML descriptions become plain text, scripts gone', () => {
    expect(kremlin?.title).toBe('Kremlin says Moscow still awaiting Zelensky’s response');
    expect(kremlin?.summary).toBe(
      'The Kremlin reaffirmed its invitation to Volodymyr Zelensky to visit Moscow for peace talks.',
    );
    expect(energy?.title).toBe('Energy strikes halted? Moscow & Kyiv decline to comment');
    expect(energy?.summary).toContain('pause in strikes on energy infrastructure.');
    expect(energy?.summary).not.toMatch(/[<>]/);
  });

  test('a relative link is resolved against the channel, and the guid is the id', () => {
    expect(kremlin?.link).toBe(
      'https://wire.example/world/europe/kremlin-awaits-zelensky-response-20260129.html?utm_source=rss',
    );
    expect(kremlin?.id).toBe('wire-20260129-0042');
    expect(kremlin?.author).toBe('Anna Petrova');
  });

  test('RFC 822 dates with GMT, EST and numeric zones; a missing date is null', () => {
    expect(kremlin?.published).toBe('2026-01-29T14:05:00.000Z');
    expect(live?.published).toBe('2026-01-29T14:12:00.000Z');
    expect(trump?.published).toBe('2026-01-30T07:00:00.000Z');
    expect(energy?.published).toBeNull();
  });

  test('an item without a link has none; a permalink guid is the link', () => {
    expect(live?.link).toBeNull();
    expect(live?.title).toBe('Live: Abu Dhabi talks, day two');
    expect(trump?.link).toBe('https://wire.example/world/americas/trump-putin-kyiv-pause-20260129.html');
  });
});

test('an ISO-8859-1 prolog: accents survive, relative links resolve against the channel', () => {
  const raw = bytes('latin1-rss.xml');
  expect(raw.includes(0xe0)).toBe(true); // "à" as one Latin-1 byte: UTF-8 decoding would garble it
  const feed = readFeed(decodeFeed(raw), 'http://quotidien.example/rss');
  expect(feed.items[0]?.title).toBe('Le Kremlin réitère son invitation à Zelensky');
  expect(feed.items[0]?.link).toBe('http://quotidien.example/international/articles/kremlin-invitation.html');
  expect(feed.items[0]?.published).toBe('2026-01-29T14:30:00.000Z');
  // A header naming UTF-8 wrongly would garble the text: the header is the server's word, and wins.
  expect(decodeFeed(raw, 'application/rss+xml; charset=iso-8859-1')).toContain('réitère');
});

test('Atom: xml:base on the feed and the entry, HTML titles, published before updated', () => {
  const feed = readFeed(text('outlet-atom.xml'), 'https://tribune.example/news/atom.xml');
  expect(feed.format).toBe('atom');
  expect(feed.title).toBe('The Tribune — Top Stories');
  expect(feed.siteUrl).toBe('https://tribune.example/');
  const [news, opinion] = feed.items;
  expect(news?.title).toBe('Russia invites Ukraine President Zelensky for peace talks');
  expect(news?.link).toBe('https://tribune.example/news/2026/01/30/russia-invites-zelensky');
  expect(news?.published).toBe('2026-01-30T06:10:00.000Z');
  expect(news?.summary).toBe(
    'The Kremlin announced that Russia had once again invited Volodymyr Zelensky to Moscow.',
  );
  expect(opinion?.link).toBe('https://tribune.example/opinion/abu-dhabi-talks');
  expect(opinion?.published).toBe('2026-01-29T18:00:00.000Z');
});

test('RSS 1.0 (RDF) with Dublin Core dates', () => {
  const feed = readFeed(text('outlet-rdf.xml'), 'https://gazette.example/rss');
  expect(feed.format).toBe('rdf');
  expect(feed.items[0]).toMatchObject({
    id: 'https://gazette.example/2026/kremlin-invites-zelensky',
    link: 'https://gazette.example/2026/kremlin-invites-zelensky',
    published: '2026-01-29T15:45:00.000Z',
    author: 'Gazette Desk',
  });
});

test('JSON Feed: relative url against the feed, content_html as text, an item with neither link nor date', () => {
  const feed = readFeed(text('outlet.json'), 'https://asia.example/feed.json');
  expect(feed.format).toBe('json');
  const [story, markets] = feed.items;
  expect(story?.link).toBe('https://asia.example/2026/01/29/russia-invites-zelenskyy-moscow');
  expect(story?.summary).toBe(
    'Russia on Thursday said that it has sent an invitation for Ukrainian President Volodymyr Zelenskyy to come to Moscow.',
  );
  expect(story?.published).toBe('2026-01-29T07:00:00.000Z');
  expect(markets).toMatchObject({
    link: null,
    published: null,
    summary: 'Plain text summary, no link and no date.',
  });
});

test('what is not a feed is refused with a reason a reader understands', () => {
  expect(() => readFeed(text('not-a-feed.html'))).toThrow(FeedError);
  expect(() => readFeed(text('not-a-feed.html'))).toThrow('This is not a feed');
  expect(() => readFeed(text('malformed.xml'))).toThrow(FeedError);
  expect(() => readFeed('')).toThrow(FeedError);
});

test('the same item in two polls keeps the same id', () => {
  const first = readFeed(text('wire-rss2.xml'), 'https://wire.example/world/rss.xml').items.map((i) => i.id);
  const again = readFeed(text('wire-rss2.xml'), 'https://wire.example/world/rss.xml').items.map((i) => i.id);
  expect(again).toEqual(first);
  // Items without a guid or link fall back to title and date, stable across polls too.
  const json = readFeed(text('outlet.json'), 'https://asia.example/feed.json');
  expect(json.items[1]?.id).toBe('asia-88122');
});

test('feedTime refuses what is not a date', () => {
  expect(feedTime('yesterday')).toBeNull();
  expect(feedTime('')).toBeNull();
  expect(feedTime('Mon, 31 Feb 2026 10:00:00 GMT')).toBeNull();
  expect(feedTime('29 Jan 26 14:05 PST')).toBe('2026-01-29T22:05:00.000Z');
});

test('discovery: the alternate feeds of the head, resolved against <base>, each once, no javascript:', () => {
  const found = discoverFeeds(text('page-with-feeds.html'), 'https://wire.example/world/index.html');
  expect(found).toEqual([
    { url: 'https://wire.example/world/rss.xml', format: 'rss', title: 'World & Europe' },
    { url: 'https://wire.example/world/atom.xml', format: 'atom', title: 'World (Atom)' },
    { url: 'https://wire.example/world/feed.json', format: 'json', title: '' },
  ]);
  expect(discoverFeeds(text('not-a-feed.html'), 'https://x.example/')).toEqual([]);
});

test('OPML: folders flattened, duplicates and non-http feeds dropped, and written back readable', () => {
  const subscriptions = readOpml(text('subscriptions.opml'));
  expect(subscriptions).toEqual([
    {
      feedUrl: 'https://wire.example/world/rss.xml',
      title: 'Daily Wire — World',
      siteUrl: 'https://wire.example/world/',
    },
    { feedUrl: 'https://tribune.example/news/atom.xml', title: 'The Tribune', siteUrl: null },
  ]);
  expect(readOpml(writeOpml(subscriptions))).toEqual(subscriptions);
  expect(() => readOpml('<html></html>')).toThrow(FeedError);
});
