// The library grouped by story through the match index's same-story decisions: the five seed outlets' reports
// of one story form one group, and unrelated articles stay on their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupStories } from '../../src/background/story-groups';
import { MatchIndex } from '../../src/core/match';
import type { Article } from '../../src/core/model';
import { PAGES } from '../paths';

const stored = (name: string) =>
  JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Article;

describe('groupStories', () => {
  it('groups the five seed outlets as one story and leaves unrelated articles alone', () => {
    const names = [
      'seed-000',
      'metered-full-article',
      'seed-001',
      'seed-002',
      'paywall-stub',
      'seed-003',
      'seed-004',
      'login-teaser',
    ];
    const index = new MatchIndex();
    for (const name of names) {
      const article = stored(name);
      index.add({ id: name, text: article.text, title: article.title });
    }
    const groups = groupStories(names, (id) =>
      index
        .query({ id, text: stored(id).text, title: stored(id).title }, { top: 20, excludeId: id })
        .filter((m) => m.sameStory)
        .map((m) => m.id),
    );
    expect(groups).toEqual([
      ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'],
      ['metered-full-article'],
      ['paywall-stub'],
      ['login-teaser'],
    ]);
  });

  it('joins a chain of decisions into one group, whichever side made them', () => {
    const decisions: Record<string, string[]> = { a: [], b: ['a'], c: [], d: ['c', 'b'], e: [] };
    expect(groupStories(['a', 'b', 'c', 'd', 'e'], (id) => decisions[id] ?? [])).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e'],
    ]);
  });
});
