// Quality of same-story matching on ECB+ dev (each article queries all others), beside a plain TF-IDF
// cosine baseline, and the seed check: the five seeds match each other and none of the ECB+ articles.
import { MatchIndex } from '../src/core/match/index';
import { bestThreshold, pairQuality, rankingQuality, type Ranking } from '../src/core/match/evaluate';
import { SAME_STORY_THRESHOLD } from '../src/core/match/calibration';
import { tokenize } from '../src/core/text/tokens';
import { loadEcb, loadSeeds, topicOf, type LabelledEntry } from './match-data';

/** One ranking per query with every scored pair, from some matcher. */
export interface Run {
  rankings: Ranking[];
  /** Max score seen for each unordered pair "a\tb" (a < b). */
  pairs: Map<string, number>;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\t${b}` : `${b}\t${a}`;
}

function collect(rankings: Ranking[]): Run {
  const pairs = new Map<string, number>();
  for (const { query, ranked } of rankings) {
    for (const { id, score } of ranked) {
      const key = pairKey(query, id);
      pairs.set(key, Math.max(pairs.get(key) ?? 0, score));
    }
  }
  return { rankings, pairs };
}

/** Our matcher: each article queries an index of all articles, excluding itself. */
export function runIndex(entries: LabelledEntry[]): Run {
  const index = new MatchIndex();
  for (const e of entries) index.add(e);
  const rankings = entries.map((e) => ({
    query: e.id,
    ranked: index.query(e, { top: entries.length, excludeId: e.id }),
  }));
  return collect(rankings);
}

/** Baseline: cosine of TF-IDF vectors over non-stopword stems, every pair scored. */
export function runBaseline(entries: LabelledEntry[]): Run {
  const bags = entries.map((e) => {
    const bag = new Map<string, number>();
    for (const t of tokenize(e.text)) if (!t.stop) bag.set(t.stem, (bag.get(t.stem) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = bags.map((bag) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of bag) {
      const w = tf * Math.log(entries.length / (df.get(term) ?? 1));
      v.set(term, w);
      norm += w * w;
    }
    for (const [term, w] of v) v.set(term, w / Math.sqrt(norm || 1));
    return v;
  });
  const rankings = entries.map((e, i) => {
    const ranked = entries.flatMap((other, j) => {
      if (i === j) return [];
      let dot = 0;
      for (const [term, w] of vectors[i] as Map<string, number>)
        dot += w * ((vectors[j] as Map<string, number>).get(term) ?? 0);
      return [{ id: other.id, score: dot }];
    });
    return { query: e.id, ranked: ranked.sort((a, b) => b.score - a.score) };
  });
  return collect(rankings);
}

/** Quality figures of one run; `threshold` undefined means "the F1-best threshold for this run". */
export function measure(entries: LabelledEntry[], run: Run, threshold?: number) {
  const stories = new Map(entries.map((e) => [e.id, e.story]));
  const { p1, map } = rankingQuality(run.rankings, stories);
  let positives = 0;
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) if (entries[i]?.story === entries[j]?.story) positives++;
  const scored = [...run.pairs].map(([key, score]) => {
    const [a, b] = key.split('\t') as [string, string];
    return { score, same: stories.get(a) === stories.get(b), sibling: isSibling(stories, a, b) };
  });
  const best = bestThreshold(scored, positives);
  const chosen = threshold === undefined ? best : pairQuality(scored, positives, threshold);
  const siblingFalse = scored.filter((s) => s.sibling && s.score >= chosen.threshold).length;
  return { p1, map, best, chosen, siblingFalse, otherFalse: chosen.falsePositives - siblingFalse };
}

function isSibling(stories: Map<string, string>, a: string, b: string): boolean {
  const sa = stories.get(a) ?? '';
  const sb = stories.get(b) ?? '';
  return sa !== sb && topicOf(sa) === topicOf(sb);
}

/** Seeds among ECB+: how many seed pairs are called the same story, and how many seed–ECB+ pairs. */
export function seedCheck(ecb: LabelledEntry[], seeds: LabelledEntry[]) {
  const index = new MatchIndex();
  for (const e of [...ecb, ...seeds]) index.add(e);
  let seedPairs = 0;
  let falseMatches = 0;
  let lowestSeedScore = 1;
  let highestEcbScore = 0;
  for (const s of seeds) {
    for (const m of index.query(s, { top: 1000, excludeId: s.id })) {
      if (m.id.startsWith('seed:')) {
        if (m.sameStory) seedPairs++;
        lowestSeedScore = Math.min(lowestSeedScore, m.score);
      } else {
        if (m.sameStory) falseMatches++;
        highestEcbScore = Math.max(highestEcbScore, m.score);
      }
    }
  }
  return {
    seedPairs,
    expectedSeedPairs: seeds.length * (seeds.length - 1),
    falseMatches,
    lowestSeedScore,
    highestEcbScore,
  };
}

/** Everything, for the bench and for tuning by hand: `npx tsx bench/match-quality.ts`. */
export function qualityReport() {
  const ecb = loadEcb();
  const ours = measure(ecb, runIndex(ecb), SAME_STORY_THRESHOLD);
  const baseline = measure(ecb, runBaseline(ecb));
  return { ours, baseline, seeds: seedCheck(ecb, loadSeeds()) };
}

if (process.argv[1]?.endsWith('match-quality.ts')) console.log(JSON.stringify(qualityReport(), null, 1));
