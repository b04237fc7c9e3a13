// Checks the held-out half of the ECB+ fact gold (test/gold/ecbplus-facts-heldout.json) against the articles
// it labels, read in place from ../shared: every snippet names one place, every line is labelled, and every
// discrepancy really sets two outlets against each other. A gold with a hole would score the engine wrongly.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../paths';

/** One labelled fact: the articles that state it, each with snippets of the sentences that carry it. */
interface Fact {
  id: string;
  story: string;
  fact: string;
  in: Record<string, string[]>;
  /** Articles that give only part of the fact (the fact is not scored for pairs involving them). */
  partial?: string[];
}

/** The gold file, as both halves of #13 write it. */
interface FactGold {
  about: string;
  split: string;
  stories: { story: string; event: string; articles: string[] }[];
  facts: Fact[];
  discrepancies: { id: string; story: string; what: string; kind: string; facts: string[] }[];
  setAside: Record<string, { snippet: string; reason: string }[]>;
}

const KINDS = ['number', 'date', 'time', 'duration', 'place', 'direction', 'name', 'quote', 'amount'];
const REASONS = ['heading', 'boilerplate', 'neutral'];

function loadGold(): FactGold {
  return JSON.parse(
    readFileSync(new URL('../gold/ecbplus-facts-heldout.json', import.meta.url), 'utf8'),
  ) as FactGold;
}

/** The ECB+ articles by id, read in place. */
function loadArticles(): Map<string, { story: string; text: string }> {
  const path = resolve(SHARED, 'corpora/ecbplus-dev/articles.jsonl');
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; story: string; text: string });
  return new Map(rows.map((r) => [r.id, { story: r.story, text: r.text }]));
}

/** Every snippet the gold gives for an article, fact snippets and set-aside snippets alike. */
function snippetsOf(gold: FactGold, article: string): string[] {
  return [
    ...gold.facts.flatMap((f) => f.in[article] ?? []),
    ...(gold.setAside[article] ?? []).map((s) => s.snippet),
  ];
}

/** Lines of the chosen articles that no snippet names, as "article:line". */
function unlabelledLines(gold: FactGold, texts: Map<string, { text: string }>): string[] {
  return gold.stories.flatMap(({ articles }) =>
    articles.flatMap((article) => {
      const snippets = snippetsOf(gold, article);
      return (texts.get(article)?.text ?? '')
        .split('\n')
        .map((line, n) => ({ line, n }))
        .filter(({ line }) => line.trim() !== '' && !snippets.some((s) => line.includes(s)))
        .map(({ n }) => `${article}:${n}`);
    }),
  );
}

/** Snippets that do not name exactly one place in their article's text, as "article: snippet (count)". */
function ambiguousSnippets(gold: FactGold, texts: Map<string, { text: string }>): string[] {
  const articles = gold.stories.flatMap((s) => s.articles);
  return articles.flatMap((article) => {
    const text = texts.get(article)?.text ?? '';
    return snippetsOf(gold, article)
      .map((snippet) => ({ snippet, count: text.split(snippet).length - 1 }))
      .filter(({ count }) => count !== 1)
      .map(({ snippet, count }) => `${article}: ${snippet} (${count})`);
  });
}

/** (ordered pair, missing fact) items: facts OTHER states and BASE lacks, leaving out partial ones. */
function missingItems(gold: FactGold): { base: string; other: string; fact: string }[] {
  return gold.stories.flatMap(({ story, articles }) =>
    articles.flatMap((base) =>
      articles
        .filter((other) => other !== base)
        .flatMap((other) =>
          gold.facts
            .filter((f) => f.story === story && f.in[other] && !f.in[base])
            .filter((f) => !(f.partial ?? []).some((a) => a === base || a === other))
            .map((f) => ({ base, other, fact: f.id })),
        ),
    ),
  );
}

const gold = loadGold();
const texts = loadArticles();

describe('held-out ECB+ fact gold', () => {
  it('is the held-out half: stories of topics 11-20, 4-5 articles each, every article of its story', () => {
    expect(gold.split).toBe('heldout');
    expect(gold.stories.length).toBeGreaterThanOrEqual(4);
    for (const { story, articles } of gold.stories) {
      expect(Number(story.replace(/[a-z]+$/, '')), story).toBeGreaterThanOrEqual(11);
      expect(Number(story.replace(/[a-z]+$/, '')), story).toBeLessThanOrEqual(20);
      expect(articles.length, story).toBeGreaterThanOrEqual(4);
      expect(articles.length, story).toBeLessThanOrEqual(5);
      expect(new Set(articles).size, story).toBe(articles.length);
      for (const a of articles) expect(texts.get(a)?.story, a).toBe(story);
    }
  });

  it('gives every snippet one place in its article', () => {
    expect(ambiguousSnippets(gold, texts)).toEqual([]);
  });

  it('labels every non-empty line of every chosen article', () => {
    expect(unlabelledLines(gold, texts)).toEqual([]);
  });

  it('notices a line left unlabelled', () => {
    // The same check on a copy of the gold that has lost one set-aside line and one fact's snippets.
    const holed: FactGold = structuredClone(gold);
    const aside = holed.setAside['20_11ecbplus'] ?? [];
    const neutral = aside.findIndex((s) => s.reason === 'neutral');
    aside.splice(neutral, 1);
    const onlyHere = holed.facts.find((f) => f.id === '20b-mag6-severe');
    if (onlyHere) onlyHere.in = {};
    const before = new Set(unlabelledLines(gold, texts));
    const after = unlabelledLines(holed, texts).filter((line) => !before.has(line));
    expect(after).toEqual(['20_11ecbplus:7', '20_11ecbplus:10']);
  });

  it('names each fact once, in articles of its own story, with partial articles among them', () => {
    const ids = gold.facts.map((f) => f.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    for (const f of gold.facts) {
      const articles = gold.stories.find((s) => s.story === f.story)?.articles ?? [];
      expect(Object.keys(f.in).length, f.id).toBeGreaterThan(0);
      for (const a of Object.keys(f.in)) expect(articles, `${f.id} in ${a}`).toContain(a);
      for (const a of f.partial ?? []) expect(Object.keys(f.in), `${f.id} partial ${a}`).toContain(a);
    }
  });

  it('sets aside only headings, boilerplate and neutral lines of chosen articles', () => {
    const chosen = gold.stories.flatMap((s) => s.articles);
    for (const [article, entries] of Object.entries(gold.setAside)) {
      expect(chosen).toContain(article);
      for (const e of entries) expect(REASONS, `${article}: ${e.snippet}`).toContain(e.reason);
    }
  });

  it('makes each discrepancy set at least two existing facts of its story against each other between outlets', () => {
    const byId = new Map(gold.facts.map((f) => [f.id, f]));
    for (const d of gold.discrepancies) {
      expect(KINDS, d.id).toContain(d.kind);
      expect(new Set(d.facts).size, d.id).toBeGreaterThanOrEqual(2);
      const facts = d.facts.map((id) => byId.get(id));
      for (const [i, f] of facts.entries()) {
        expect(f, `${d.id}: ${d.facts[i]}`).toBeDefined();
        expect(f?.story, `${d.id}: ${d.facts[i]}`).toBe(d.story);
      }
      // Some article states one value and some other article states another value without the first.
      const clash = facts.some((a) =>
        facts.some(
          (b) =>
            a !== b &&
            Object.keys(a?.in ?? {}).some((x) => Object.keys(b?.in ?? {}).some((y) => x !== y && !a?.in[y])),
        ),
      );
      expect(clash, d.id).toBe(true);
    }
  });

  it('leaves each story facts that one outlet has and another lacks', () => {
    const items = missingItems(gold);
    for (const { story } of gold.stories) {
      expect(items.filter((m) => m.fact.startsWith(`${story}-`)).length, story).toBeGreaterThan(0);
    }
  });
});
