// Removing articles from the match index: the index answers as if they had never been added, and a
// removal costs the same in a library of 1,000 or 10,000 articles (no posting list is spliced).
import { describe, expect, it } from 'vitest';
import { loadEcb } from '../../bench/match-data';
import { MatchIndex, type SerializedMatchIndex } from '../../src/core/match/index';

const ecb = loadEcb();
const original = (() => {
  const index = new MatchIndex();
  for (const entry of ecb) index.add(entry);
  return index.toJSON();
})();

/** The ECB+ index with `copies` extra copies of every article (ids "copy<k>:<id>"), in a given order. */
function withCopies(copies: number): SerializedMatchIndex {
  const docs = [...original.docs];
  for (let k = 0; k < copies; k++) for (const d of original.docs) docs.push({ ...d, id: `copy${k}:${d.id}` });
  return { ...original, docs };
}

/** An index of `size` articles made of ECB+ articles' real features, under new ids. */
function indexOf(size: number): { index: MatchIndex; ids: string[] } {
  const data = withCopies(Math.ceil(size / original.docs.length));
  const docs = data.docs.slice(0, size);
  return { index: MatchIndex.fromJSON({ ...data, docs }), ids: docs.map((d) => d.id) };
}

describe('MatchIndex.remove', () => {
  it('leaves the index answering every query as if the removed articles had never been added', () => {
    // 413 articles and 826 copies: removing the copies leaves twice as many tombstones as live postings,
    // so the index compacts itself on the way.
    const index = MatchIndex.fromJSON(withCopies(2));
    for (let k = 0; k < 2; k++) for (const d of original.docs) index.remove(`copy${k}:${d.id}`);
    const fresh = MatchIndex.fromJSON(original);
    expect(index.size).toBe(ecb.length);
    expect(index.toJSON()).toEqual(fresh.toJSON());
    for (const entry of ecb.slice(0, 40))
      expect(index.query(entry, { top: 5, excludeId: entry.id })).toEqual(
        fresh.query(entry, { top: 5, excludeId: entry.id }),
      );
  });

  it('forgets removed articles at once, before any compaction', () => {
    const index = MatchIndex.fromJSON(original);
    const [query, ...rest] = ecb;
    const before = index.query(query!, { top: 3, excludeId: query!.id });
    const best = before[0]!.id;
    index.remove(best);
    const after = index.query(query!, { top: 3, excludeId: query!.id });
    expect(after.map((m) => m.id)).not.toContain(best);
    expect(index.has(best)).toBe(false);
    expect(index.size).toBe(rest.length);
  });

  it('removes one article as fast from 20,000 articles as from 2,000', () => {
    /** The fastest of three runs of 500 removals: the collector's pauses on this shared machine vary more. */
    const removals = (size: number) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const { index, ids } = indexOf(size);
        const start = performance.now();
        for (let i = 0; i < 500; i++) index.remove(ids[(i * 7919) % size] as string);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const small = removals(2_000);
    const large = removals(20_000);
    // Splicing posting lists made this about 10 (their length grows with the library).
    expect(large / Math.max(2, small), `${small.toFixed(1)} ms, ${large.toFixed(1)} ms`).toBeLessThan(4);
  });

  it('removes all of 10,000 articles one by one in less time than loading them, and clears at once', () => {
    const data = withCopies(Math.ceil(10_000 / original.docs.length));
    const docs = data.docs.slice(0, 10_000);
    let load = Infinity;
    let removeAll = Infinity;
    for (let run = 0; run < 3; run++) {
      let start = performance.now();
      const index = MatchIndex.fromJSON({ ...data, docs });
      load = Math.min(load, performance.now() - start);
      start = performance.now();
      for (const d of docs) index.remove(d.id);
      removeAll = Math.min(removeAll, performance.now() - start);
      expect(index.size).toBe(0);
    }
    // Loading is linear in the postings. Splicing them out took 20 times as long (6.6 s for 10,000 here).
    expect(removeAll, `load ${load.toFixed(0)} ms, remove all ${removeAll.toFixed(0)} ms`).toBeLessThan(load);
    const { index } = indexOf(10_000);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.query(ecb[0]!, { top: 3 })).toEqual([]);
    index.add(ecb[0]!);
    expect(index.query(ecb[0]!, { top: 3 }).map((m) => m.id)).toEqual([ecb[0]!.id]);
  });
});
