// What is not an article, and what is only part of one, on realistic page shapes: a news site's front page,
// an open comment thread, a paywalled teaser, and a full article on a site with a metered paywall.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { teaserShape } from '../../src/core/extract/teasers';
import type { Article, ExtractResult } from '../../src/core/model';
import { parseHtml } from '../../src/cli/html';
import { PAGES } from '../paths';

const page = (name: string) => parseHtml(readFileSync(join(PAGES, name, 'source.html'), 'utf8'));
const seedParagraphs = (name: string) =>
  (JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Article).paragraphs;

function article(result: ExtractResult): Article {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.article;
}

/** Replaces the children of `selector` with paragraphs of the given texts. */
function fill(doc: Document, selector: string, texts: string[]): void {
  const box = doc.querySelector(selector);
  if (!box) throw new Error(`no ${selector}`);
  box.replaceChildren(
    ...texts.map((text) => {
      const p = doc.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
}

describe('home and section pages', () => {
  it('refuses a front page of teasers that declares no page type', () => {
    const doc = page('news-front-page');
    expect(extract(doc, { url: 'https://harbourgazette.example/' })).toMatchObject({
      ok: false,
      reason: 'not-article',
    });
  });

  it('measures the front page as many linked headlines, each with a short summary and no long story', () => {
    const shape = teaserShape(page('news-front-page').body);
    expect(shape.teasers).toBeGreaterThanOrEqual(10);
    expect(shape.summaryShare).toBeGreaterThan(0.8);
    expect(shape.longestRun).toBeLessThan(60);
  });

  it('keeps an article whose page also lists headlines of other stories', () => {
    for (const seed of ['seed-000', 'seed-003']) {
      const got = article(extract(page(seed)));
      expect(got.paragraphs.length).toBeGreaterThan(5);
      expect(got.partial).toBeUndefined();
    }
  });
});

describe('comment threads', () => {
  it('refuses an open thread whose text is readers’ comments, saying so', () => {
    expect(extract(page('comment-thread'))).toEqual({
      ok: false,
      reason: 'not-article',
      message: 'This page holds mostly readers’ comments, not an article.',
    });
  });

  it('keeps the post without the comments when the post is a story outweighed by its comments', () => {
    const doc = page('comment-thread');
    const story = seedParagraphs('seed-004')
      .filter((p) => p.kind === 'paragraph')
      .map((p) => p.text)
      .slice(0, 4);
    fill(doc, '.entry-content', story);
    const got = article(extract(doc));
    expect(got.paragraphs.map((p) => p.text)).toEqual(story);
    expect(got.text).not.toContain('relief crew');
  });
});

describe('partial text', () => {
  it('flags a teaser that stops mid-sentence at a login prompt, and leaves the prompt out of the text', () => {
    const got = article(extract(page('login-teaser')));
    expect(got.partial).toBe(true);
    expect(got.text).toMatch(/Die Netzentgelte, die$/);
    expect(got.text).not.toMatch(/anmelden|abonnieren|Weiterlesen/i);
  });

  it('flags a stub that declares itself closed and ends in a subscription box', () => {
    expect(article(extract(page('paywall-stub'))).partial).toBe(true);
  });

  it('does not flag a full article on a site with a metered paywall and a closed declaration', () => {
    const got = article(extract(page('metered-full-article')));
    expect(got.partial).toBeUndefined();
    expect(got.paragraphs).toHaveLength(10);
  });

  it('flags the same site’s article when the page holds only its first two paragraphs', () => {
    const doc = page('metered-full-article');
    const body = doc.querySelector('.articleBodyText');
    for (const p of Array.from(body?.querySelectorAll('p') ?? []).slice(2)) p.remove();
    expect(article(extract(doc)).partial).toBe(true);
  });

  it('does not flag a full article followed by a newsletter sign-up', () => {
    const doc = page('metered-full-article');
    doc.querySelector('#paywall-modal')?.remove();
    const box = doc.createElement('div');
    box.className = 'newsletter-signup';
    box.textContent = 'Sign up to our morning newsletter and get the day’s news in your inbox. Subscribe';
    doc.querySelector('article')?.append(box);
    expect(article(extract(doc)).partial).toBeUndefined();
  });
});
