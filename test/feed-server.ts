// A news outlet on 127.0.0.1 for the feed tests: its feed (RSS, Atom or JSON Feed) and article pages built
// from the seed stories (../shared/seeds, read in place), plus the ways real servers misbehave. Every
// request is recorded with its headers, so tests can check what StoryDiff sent and where.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SEEDS } from './paths';

/** A seed story: its headline and paragraphs. */
export interface Story {
  slug: string;
  title: string;
  paragraphs: string[];
}

/** The five seed stories, as their files give them (the first line is the headline). */
export function seedStories(): Story[] {
  return readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const lines = readFileSync(join(SEEDS, name), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return { slug: name.replace(/\.txt$/, ''), title: lines[0] ?? '', paragraphs: lines.slice(1) };
    });
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article page as an outlet serves it: head metadata, a nav, the story, a footer. */
export function articlePage(story: Story, outlet: string, url: string, feedPath?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(story.title)} | ${outlet}</title>
<meta property="og:site_name" content="${escape(outlet)}"><link rel="canonical" href="${url}">
<meta property="article:published_time" content="2026-01-29T12:00:00Z">
${feedPath ? `<link rel="alternate" type="application/rss+xml" title="${escape(outlet)}" href="${feedPath}">` : ''}
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escape(story.title)}</h1>${story.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article>
<footer>© ${outlet}</footer></body></html>`;
}

/** A feed of `stories` in one of three formats, links relative (as many outlets write them). */
export function feedOf(
  format: 'rss' | 'atom' | 'json',
  outlet: string,
  base: string,
  stories: Story[],
): string {
  const link = (s: Story) => `/world/${s.slug}.html`;
  if (format === 'json')
    return JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: outlet,
      home_page_url: `${base}/`,
      items: stories.map((s) => ({ id: s.slug, url: link(s), title: s.title, summary: s.paragraphs[0] })),
    });
  if (format === 'atom')
    return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${base}/"><title>${escape(outlet)}</title><link href="${base}/"/>${stories
      .map(
        (s) =>
          `<entry><id>tag:${s.slug}</id><title>${escape(s.title)}</title><link rel="alternate" href="${link(s)}"/><updated>2026-01-29T12:00:00Z</updated><summary type="html">${escape(`<p>${escape(s.paragraphs[0] ?? '')}</p>`)}</summary></entry>`,
      )
      .join('')}</feed>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(outlet)}</title><link>${base}/</link>${stories
    .map(
      (s) =>
        `<item><title><![CDATA[${s.title}]]></title><link>${link(s)}</link><guid isPermaLink="false">${s.slug}</guid><description><![CDATA[<p>${s.paragraphs[0]}</p>]]></description><pubDate>Thu, 29 Jan 2026 12:00:00 GMT</pubDate></item>`,
    )
    .join('')}</channel></rss>`;
}

/** One recorded request. */
export interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
}

/** Where 'redirect-away' sends the feed's reader. */
export const elsewhere = { url: 'http://localhost:9/elsewhere' };

/** How the outlet answers its feed address: normally, or misbehaving. */
export type FeedMode =
  'normal' | '500' | '429' | 'slow' | 'malformed' | 'huge' | 'redirect-loop' | 'html' | 'redirect-away';

/** A running outlet. */
export interface Outlet {
  base: string;
  feedUrl: string;
  requests: Seen[];
  mode: FeedMode;
  stories: Story[];
  /** Replaces a story's text, as an outlet editing an article does. */
  edit(slug: string, paragraphs: string[]): void;
  close(): Promise<void>;
}

/** Starts an outlet on its own port. */
export async function startOutlet(options: {
  name: string;
  format: 'rss' | 'atom' | 'json';
  stories: Story[];
  /** The host name its addresses use (mapped to 127.0.0.1 by the browser); 127.0.0.1 by default. */
  host?: string;
}): Promise<Outlet> {
  const requests: Seen[] = [];
  const stories = options.stories.map((s) => ({ ...s }));
  const holder: { server?: Server } = {};
  const outlet: Outlet = {
    base: '',
    feedUrl: '',
    requests,
    mode: 'normal',
    stories,
    edit(slug, paragraphs) {
      const story = stories.find((s) => s.slug === slug);
      if (story) story.paragraphs = paragraphs;
    },
    close: () => new Promise((resolve) => holder.server?.close(() => resolve()) ?? resolve()),
  };
  const feedPath = `/feed.${options.format === 'json' ? 'json' : 'xml'}`;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    // Every answer tries to set a cookie: a request carrying it back would be a tracked reader.
    res.setHeader('Set-Cookie', `session=${options.name}-tracker; Path=/; SameSite=Lax`);
    if (path === feedPath) return serveFeed(req.headers, res);
    if (path === '/loop') return res.writeHead(302, { Location: '/loop' }).end();
    const story = stories.find((s) => path === `/world/${s.slug}.html`);
    if (story)
      return res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(articlePage(story, options.name, `${outlet.base}${path}`, feedPath));
    if (path === '/')
      return res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html><head><title>${options.name}</title><link rel="alternate" type="${
            options.format === 'json' ? 'application/feed+json' : `application/${options.format}+xml`
          }" title="${options.name}" href="${feedPath}"></head><body><h1>${options.name}</h1></body></html>`,
        );
    res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
  });
  function serveFeed(headers: IncomingHttpHeaders, res: ServerResponse): void {
    const body = feedOf(options.format, options.name, outlet.base, stories);
    const etag = `"${body.length}-${stories.map((s) => s.paragraphs.length).join('.')}"`;
    const type = options.format === 'json' ? 'application/feed+json' : 'application/xml';
    switch (outlet.mode) {
      case '500':
        return void res.writeHead(500).end('Internal Server Error');
      case '429':
        return void res.writeHead(429, { 'Retry-After': '7200' }).end('Too many requests');
      case 'slow':
        return void setTimeout(() => res.writeHead(200, { 'Content-Type': type }).end(body), 3_000);
      case 'malformed':
        return void res.writeHead(200, { 'Content-Type': type }).end(body.slice(0, body.length / 2));
      case 'huge': {
        // 20 MB, streamed without a Content-Length: only counting the bytes as they come can stop it.
        res.writeHead(200, { 'Content-Type': type });
        const chunk = Buffer.alloc(1 << 20, 'x');
        let sent = 0;
        const more = () => {
          while (sent < 20 && res.write(chunk)) sent++;
          if (sent >= 20) res.end();
          else res.once('drain', () => (sent++, more()));
        };
        res.on('close', () => (sent = 99));
        return void more();
      }
      case 'redirect-loop':
        return void res.writeHead(302, { Location: '/loop' }).end();
      case 'redirect-away':
        return void res.writeHead(302, { Location: elsewhere.url }).end();
      case 'html':
        return void res
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<html><body>Subscribe!</body></html>');
      case 'normal':
        if (headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
        return void res.writeHead(200, { 'Content-Type': type, ETag: etag }).end(body);
    }
  }
  holder.server = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  outlet.base = `http://${options.host ?? '127.0.0.1'}:${port}`;
  outlet.feedUrl = `${outlet.base}${feedPath}`;
  return outlet;
}
