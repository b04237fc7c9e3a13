// Fuzzing the MatchIndex: any sequence of add/remove/query over arbitrary entries (odd ids, nasty text, bad
// addresses and dates) keeps the index consistent, answers well-formed matches and survives a JSON round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchIndex, type SerializedMatchIndex } from '../../src/core/match/index';
import type { LibraryEntry, Match } from '../../src/core/model';
import { SEED, growth, nastyText, sentences, storyText } from './fuzz-arbitraries';

const id = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '', '__proto__', 'constructor', 'ü\u202E', '\uD800'),
  fc.string(),
);
const entry: fc.Arbitrary<LibraryEntry> = fc.record(
  {
    id,
    text: fc.oneof(storyText, nastyText()),
    title: fc.oneof(storyText, nastyText(40)),
    url: fc.constantFrom(
      'https://news.example/a?utm_source=x',
      'https://news.example/a',
      'javascript:alert(1)',
      'not a url',
      '',
    ),
    published: fc.constantFrom('2026-02-11T07:30:00Z', '2020-01-01', 'yesterday', ''),
  },
  { requiredKeys: ['id', 'text'] },
);

type Op =
  | { kind: 'add'; entry: LibraryEntry }
  | { kind: 'remove'; id: string }
  | { kind: 'query'; entry: LibraryEntry };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: entry.map((e) => ({ kind: 'add' as const, entry: e })) },
  { weight: 1, arbitrary: id.map((i) => ({ kind: 'remove' as const, id: i })) },
  { weight: 2, arbitrary: entry.map((e) => ({ kind: 'query' as const, entry: e })) },
);

function expectWellFormed(
  matches: Match[],
  live: Set<string>,
  excludeId: string | undefined,
  top: number,
): void {
  expect(matches.length).toBeLessThanOrEqual(top);
  expect(new Set(matches.map((m) => m.id)).size).toBe(matches.length);
  for (const m of matches) {
    expect(live.has(m.id)).toBe(true);
    expect(m.id).not.toBe(excludeId);
    expect(Number.isFinite(m.score) && m.score >= 0 && m.score <= 1).toBe(true);
    expect(typeof m.sameStory).toBe('boolean');
  }
  for (let i = 1; i < matches.length; i++)
    expect((matches[i - 1] as Match).score).toBeGreaterThanOrEqual((matches[i] as Match).score);
}

const roundTrip = (index: MatchIndex) =>
  MatchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())) as SerializedMatchIndex);

describe('MatchIndex on arbitrary entries', () => {
  it('stays consistent through any sequence of adds, removes and queries', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (ops, top) => {
        const index = new MatchIndex();
        const live = new Set<string>();
        for (const o of ops) {
          if (o.kind === 'add') {
            index.add(o.entry);
            live.add(o.entry.id);
          } else if (o.kind === 'remove') {
            index.remove(o.id);
            live.delete(o.id);
          } else {
            expectWellFormed(index.query(o.entry, { top, excludeId: o.entry.id }), live, o.entry.id, top);
          }
          expect(index.size).toBe(live.size);
        }
        for (const i of live) expect(index.has(i)).toBe(true);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('answers the same queries after a JSON round trip', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 15 }),
        fc.array(id, { maxLength: 4 }),
        entry,
        (adds, removes, q) => {
          const index = new MatchIndex();
          for (const e of adds) index.add(e);
          for (const r of removes) index.remove(r);
          const restored = roundTrip(index);
          expect(restored.size).toBe(index.size);
          const before = index.query(q, { top: 50 });
          const after = restored.query(q, { top: 50 });
          // Term frequencies are stored to 3 decimals: scores may move in the last digits, never the set.
          expect(after.map((m) => m.id).sort()).toEqual(before.map((m) => m.id).sort());
          for (const m of after)
            expect(m.score).toBeCloseTo(before.find((b) => b.id === m.id)?.score ?? -1, 2);
        },
      ),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('refuses a serialised index of another format instead of half-loading it', () => {
    const bad = { format: 'storydiff-match-index', version: 1, vocab: [], docs: [] } as unknown;
    expect(() => MatchIndex.fromJSON(bad as SerializedMatchIndex)).toThrow(/another version/);
  });
});

describe('MatchIndex stays proportional to its input', () => {
  const library = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `doc${i}`, text: sentences(12, i).join(' ') }));
  const libraries = { small: library(150), large: library(1200) };

  it('adds 8 times as many articles in less than 40 times the time', () => {
    const ratio = growth(
      (scale) => libraries[scale],
      (entries) => {
        const index = new MatchIndex();
        for (const e of entries) index.add(e);
      },
      3,
    );
    expect(ratio).toBeLessThan(40);
  });

  it('removes 8 times as many articles in less than 40 times the time', () => {
    const ratio = growth(
      (scale) => {
        const index = new MatchIndex();
        for (const e of libraries[scale]) index.add(e);
        return { index, ids: libraries[scale].map((e) => e.id) };
      },
      ({ index, ids }) => {
        for (const i of ids) index.remove(i);
      },
      3,
    );
    expect(ratio).toBeLessThan(40);
  });
});
