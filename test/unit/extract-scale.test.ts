// Extraction on the DOM shapes that made it slow with the square of a block's size (a paragraph of
// thousands of inline elements, thousands of text nodes, long runs of line breaks, deep nesting): time
// grows in proportion to the page, compared within one run; and a page past the time budget is refused.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/html';
import { extract } from '../../src/core/extract';
import { blocksOf } from '../../src/core/extract/blocks';
import { SEEDS } from '../paths';

/** Words of the seed stories, in order: real text to spread over many nodes. */
const WORDS = readdirSync(SEEDS)
  .sort()
  .flatMap((file) => readFileSync(join(SEEDS, file), 'utf8').split(/\s+/))
  .filter(Boolean);
const word = (i: number) => WORDS[i % WORDS.length] as string;

const page = (body: string) =>
  `<html><head><title>Kremlin invites Zelensky</title></head><body><article><h1>Kremlin invites Zelensky</h1>` +
  `${body}</article></body></html>`;

/** The DOM shapes, each at a size `n` (the large run is eight times the small one). */
const SHAPES: Record<string, (n: number) => Document> = {
  'one paragraph of many inline elements': (n) =>
    parseHtml(page(`<p>${Array.from({ length: n }, (_, i) => `<span>${word(i)} </span>`).join('')}</p>`)),
  'one paragraph of many text nodes (as entities and scripts leave them)': (n) => {
    const document = parseHtml(page('<p id="story"></p>'));
    const p = document.getElementById('story') as Element;
    for (let i = 0; i < n; i++) p.appendChild(document.createTextNode(`${word(i)} `));
    return document;
  },
  'one block broken by many line breaks': (n) =>
    parseHtml(
      page(`<div>${Array.from({ length: n }, (_, i) => `${word(i)} ${word(i + 1)}<br>`).join('\n')}</div>`),
    ),
  'paragraphs nested deep': (n) => {
    const nested = (i: number) =>
      `${'<div><section>'.repeat(15)}<p>${WORDS.slice(i * 20, i * 20 + 20).join(' ')}.</p>${'</section></div>'.repeat(15)}`;
    return parseHtml(page(Array.from({ length: Math.ceil(n / 32) }, (_, i) => nested(i)).join('')));
  },
};

/**
 * How many times longer `run` takes on the large input than on the small one: the fastest of `repeats`
 * alternating runs of each. The fastest run is the one the collector paused least, and its pauses (seconds
 * at times on this shared machine, far more than the work measured) are what makes medians jump here.
 */
function growth<T>(make: (scale: 'small' | 'large') => T, run: (input: T) => unknown, repeats = 5): number {
  const best = { small: Infinity, large: Infinity };
  for (let i = 0; i < repeats; i++)
    for (const scale of ['small', 'large'] as const) {
      const input = make(scale);
      const start = performance.now();
      run(input);
      best[scale] = Math.min(best[scale], performance.now() - start);
    }
  // A floor of 5 ms keeps timer noise on a too-fast small run from turning into a huge ratio.
  return best.large / Math.max(5, best.small);
}

describe('extraction grows in proportion to the page', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`${shape}: eight times the nodes take less than 32 times as long`, () => {
      // Quadratic work gives 64 or more (the old walk: over 400 on these pages); linear about 8, up to
      // about 20 here, where one long paragraph's string work (a join, a whitespace regex) grows faster
      // than its length in V8 beyond a few hundred kilobytes. The walk alone is fast: timed on more nodes.
      const walk = { small: 4_000, large: 32_000 };
      const blocks = growth(
        (scale) => make(walk[scale]).body,
        (body) => blocksOf(body),
      );
      expect(blocks, 'walking the blocks').toBeLessThan(32);
      const pages = { small: 500, large: 4_000 };
      const whole = growth(
        (scale) => make(pages[scale]),
        (document) => extract(document),
      );
      expect(whole, 'the whole extraction').toBeLessThan(32);
    }, 120_000);
  }

  it('keeps the text of a paragraph of many inline elements whole and in order', () => {
    const result = extract(SHAPES['one paragraph of many inline elements']?.(3_000) as Document);
    if (!result.ok) throw new Error(result.message);
    const text = result.article.paragraphs.map((p) => p.text).join(' ');
    expect(text).toContain(WORDS.slice(0, 400).join(' '));
  });
});

describe('the time budget', () => {
  const story = parseHtml(
    page(
      Array.from({ length: 12 }, (_, i) => `<p>${WORDS.slice(i * 30, i * 30 + 30).join(' ')}.</p>`).join(''),
    ),
  );

  it('answers too-large, in reader’s words, when time runs out part way', () => {
    let asked = 0;
    const result = extract(story, { outOfTime: () => ++asked > 2 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.message).toMatch(/too large/);
    expect(asked).toBe(3);
  });

  it('is asked while one huge block is walked, not only between the steps of extraction', () => {
    const body = (SHAPES['one paragraph of many inline elements']?.(16_000) as Document).body;
    let asked = 0;
    blocksOf(body, undefined, () => void asked++);
    // 32,000 nodes (a span and its text each): asked about every thousand.
    expect(asked).toBeGreaterThanOrEqual(30);
    expect(() =>
      blocksOf(body, undefined, () => {
        throw new Error('out of time');
      }),
    ).toThrow('out of time');
  });

  it('reads the page as before while there is time', () => {
    const timed = extract(story, { outOfTime: () => false });
    expect(timed).toEqual(extract(story));
    expect(timed.ok).toBe(true);
  });
});
