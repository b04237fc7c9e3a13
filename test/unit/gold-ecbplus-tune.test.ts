// The tuning half of the ECB+ fact gold (issue #13) is consistent: every snippet names one place of its article,
// every line of every chosen article is labelled, discrepancies group facts that exist. The checker itself is
// shown to catch an unlabelled line, a repeated id, an ambiguous snippet and a one-value discrepancy.
import { describe, expect, it } from 'vitest';
import { goldProblems } from '../gold/ecbplus-check';
import { articleText, loadEcbGold, type EcbGold } from '../gold/ecbplus-gold';

const gold = loadEcbGold('tune');
const copy = (): EcbGold => structuredClone(gold);

describe('ECB+ fact gold, tune half', () => {
  it('is consistent: snippets unique in their article, every line labelled, discrepancies well formed', () => {
    expect(goldProblems(gold)).toEqual([]);
  });

  it('labels 4 stories of topics 1-10, 4 or 5 articles each, none shared', () => {
    expect(gold.split).toBe('tune');
    expect(gold.stories).toHaveLength(4);
    for (const { story, articles } of gold.stories) {
      expect(Number.parseInt(story, 10)).toBeLessThanOrEqual(10);
      expect(articles.length).toBeGreaterThanOrEqual(4);
      expect(articles.length).toBeLessThanOrEqual(5);
    }
    const all = gold.stories.flatMap((s) => s.articles);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has no repeated fact id, and every discrepancy value is stated by some article', () => {
    const ids = gold.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(gold.facts.map((f) => [f.id, f]));
    for (const d of gold.discrepancies) {
      expect(d.facts.length, d.id).toBeGreaterThanOrEqual(2);
      for (const id of d.facts) expect(Object.keys(byId.get(id)?.in ?? {}).length, id).toBeGreaterThan(0);
    }
  });

  it('a line left unlabelled is reported', () => {
    const broken = copy();
    const [first] = Object.keys(broken.setAside);
    const removed = broken.setAside[first as string]?.shift();
    expect(removed).toBeDefined();
    const line = articleText(first as string)
      .split('\n')
      .findIndex((l) => l.includes(removed?.snippet as string));
    expect(goldProblems(broken)).toContainEqual(
      expect.stringContaining(`${first} line ${line} is not labelled`),
    );
  });

  it('a repeated fact id, an ambiguous snippet and a one-value discrepancy are reported', () => {
    const broken = copy();
    const fact = broken.facts[0];
    const article = Object.keys(fact?.in ?? {})[0] as string;
    broken.facts.push({ ...(fact as EcbGold['facts'][number]), in: { [article]: [' the '] } });
    const discrepancy = broken.discrepancies[0] as EcbGold['discrepancies'][number];
    discrepancy.facts = discrepancy.facts.slice(0, 1);
    const problems = goldProblems(broken);
    expect(problems).toContainEqual(`fact id ${fact?.id} repeats`);
    expect(problems).toContainEqual(expect.stringMatching(/" the " occurs \d+ times/));
    expect(problems).toContainEqual(`discrepancy ${discrepancy.id} names fewer than two facts`);
  });
});
