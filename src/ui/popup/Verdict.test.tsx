// @vitest-environment jsdom
// The popup's verdict on real seed text, rendered in a DOM: a possibly related article is listed apart from
// the versions, contributes nothing to what is shown as missing, and is compared only when the reader asks.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { articleFromText, compare } from '../../core/compare';
import type { Comparison } from '../../core/model';
import { storyReport } from '../../core/story';
import { compareWithVersions } from '../../core/versions';
import type { VersionFound } from '../../shared/messages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from '../../../test/paths';
import type { Captured } from '../components/VersionPicker';
import { Verdict } from './Verdict';

const asked: { type: string; params: unknown }[] = [];
let answer: Comparison;
vi.mock('../../shared/browser-api', () => ({
  request: (type: string, params: unknown) => {
    asked.push({ type, params });
    return Promise.resolve(answer);
  },
}));

// Read directly: jsdom's URL is not one node:fs accepts, which the gold helper's reader uses.
const seedText = (n: string) =>
  readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(`${n}_`)) as string), 'utf8');

const found = (id: string, outlet: string, score: number): VersionFound => ({
  id,
  title: `Headline ${id}`,
  outlet,
  url: `https://news.example/${id}`,
  publishedTime: '2026-01-29T10:00:00Z',
  capturedAt: '2026-01-29T12:00:00Z',
  words: 500,
  partial: false,
  score,
  sameUrl: false,
  feedUrl: null,
});

// Seed 003 stands for the confident version; seed 002 for an article the matcher was not sure about.
const base = { ...found('000', 'The Meridian Post', 1), sameUrl: undefined };
const version = found('003', 'Courier Now', 0.81);
const related = found('002', 'Global Affairs Today', 0.34);
const articles = { '000': articleFromText(seedText('000')), '002': articleFromText(seedText('002')) };
const story = compareWithVersions({ id: '000', article: articles['000'] }, [
  { id: '003', article: articleFromText(seedText('003')) },
]);
const outcome: Captured = {
  status: 'captured',
  article: base,
  partial: false,
  isNewVersion: false,
  versions: [version],
  related: [related],
  comparison: story.comparisons.get('003') ?? null,
  comparedWith: '003',
  report: storyReport(base, [version], story, [related]),
  facts: story.facts,
};

afterEach(() => {
  document.body.innerHTML = '';
  asked.length = 0;
});

async function shown(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Verdict outcome={outcome} />, root));
  return root;
}

describe('a possibly related article', () => {
  test('is listed apart with its likelihood, never among the versions, and nothing is asked of the worker', async () => {
    const root = await shown();
    const relatedList = root.querySelector('[data-testid="related"]');
    expect(relatedList?.textContent).toContain('Global Affairs Today · 34% likely the same story');
    expect(root.querySelector('[data-testid="versions"]')?.textContent).not.toContain('Global Affairs Today');
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toContain('1 other version');
    const sources = [...root.querySelectorAll('.fact-sources')].map((e) => e.textContent);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).not.toContain('Global Affairs Today');
    expect(asked).toEqual([]);
  });

  test('is compared when the reader asks, and said to be perhaps another story', async () => {
    answer = compare(articles['000'], articles['002'], { sameStoryThreshold: 0 });
    const root = await shown();
    const button = [...root.querySelectorAll('[data-testid="related"] button')][0] as HTMLButtonElement;
    await act(() => button.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(asked).toEqual([{ type: 'compareArticles', params: { baseId: '000', otherId: '002' } }]);
    const view = root.querySelector('[data-testid="compared-on-request"]');
    expect(view?.textContent).toContain('may be another story');
    expect(view?.querySelector('[data-testid="missing-count"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="versions"]')).toBeNull();
  });
});

describe('the language of the article read', () => {
  async function shownIn(language: { name: string; supported: boolean }): Promise<HTMLElement> {
    const root = document.createElement('div');
    document.body.append(root);
    const inLanguage = { ...outcome, article: { ...base, language } };
    await act(() => render(<Verdict outcome={inLanguage} />, root));
    return root;
  }

  test('is named beside the outlet, and only a language without rules is called approximate', async () => {
    const german = await shownIn({ name: 'German', supported: true });
    expect(german.querySelector('.this-article')?.textContent).toContain('German');
    expect(german.querySelector('[data-testid="language-notice"]')).toBeNull();
    document.body.innerHTML = '';
    const turkish = await shownIn({ name: 'Turkish', supported: false });
    expect(turkish.querySelector('[data-testid="language-notice"]')?.textContent).toContain(
      'Comparisons in Turkish are approximate',
    );
  });
});
