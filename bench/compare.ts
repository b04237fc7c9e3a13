// Compare section of `npm run bench`: speed of compare() on seed pairs and on 1,000 to 20,000-word pairs
// built from real corpus sentences (beside whole-text jsdiff and diff-match-patch), fact precision/recall
// against the seed gold, the ecbplus-dev calibration figures, and `compare --pairs` wall time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { alignSentences } from '../src/core/align';
import { articleFromText, compare, SAME_STORY_THRESHOLD } from '../src/core/compare';
import type { Article } from '../src/core/model';
import { sentencesOf } from '../src/core/text';
import { GOLD, orderedSeedPairs, scorePair, seedText, totals } from '../test/gold/score';
import {
  articleText,
  hasEcbGold,
  loadEcbGold,
  orderedPairs,
  scoreComparison,
  sentenceDiff,
  totals as ecbTotals,
  wordOverlap,
  type Split,
} from '../test/gold/ecbplus-gold';
import { ROOT, SEEDS } from '../test/paths';
import { summarize, time, type BenchSection, type Budget, type Row } from './types';
import { loadEcb, type LabelledEntry } from './match-data';

type EcbArticle = LabelledEntry;

const ecb: EcbArticle[] = loadEcb();

/** A deterministic pseudo-random sequence, so every run builds the same texts. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Two versions of about `words` words from real sentences: the other drops, adds and moves some. */
function versionPair(words: number): [Article, Article] {
  const pool = ecb.flatMap((a) => a.text.split('\n')).filter((s) => s.split(' ').length > 8);
  const rnd = random(words);
  const base: string[] = [];
  for (let n = 0, i = 0; n < words; i++) {
    const s = pool[(i * 7) % pool.length] as string;
    base.push(s);
    n += s.split(' ').length;
  }
  const other = base
    .filter(() => rnd() > 0.15)
    .map((s) => (rnd() < 0.1 ? (pool[Math.floor(rnd() * pool.length)] as string) : s));
  for (let i = 0; i < other.length / 10; i++)
    other.splice(Math.floor(rnd() * other.length), 0, ...other.splice(Math.floor(rnd() * other.length), 1));
  return [articleFromText(base.join('\n')), articleFromText(other.join('\n'))];
}

const dmp = new DiffMatchPatch();

function baselines(a: Article, b: Article, runs: number): Row {
  const jsdiff = summarize(time(() => diffWords(a.text, b.text), runs, 1)).median;
  const changes = diffWords(a.text, b.text).filter((c) => c.added || c.removed).length;
  const dmpMs = summarize(
    time(() => dmp.diff_cleanupSemantic(dmp.diff_main(a.text, b.text)), runs, 1),
  ).median;
  return { 'jsdiff whole-text ms': jsdiff, 'jsdiff changes': changes, 'dmp+semantic ms': dmpMs };
}

function speedRows(budgets: Budget[]): Row[] {
  const rows: Row[] = [];
  const seedArticles = Object.fromEntries(
    Object.keys(GOLD.seeds).map((id) => [id, articleFromText(seedText(id))]),
  );
  const seedPairs = orderedSeedPairs();
  const seedMs =
    summarize(
      time(
        () =>
          seedPairs.forEach(([b, o]) =>
            compare({ ...(seedArticles[b] as Article) }, { ...(seedArticles[o] as Article) }),
          ),
        20,
      ),
    ).median / seedPairs.length;
  const reported = seedPairs.reduce(
    (n, [b, o]) => n + compare(seedArticles[b] as Article, seedArticles[o] as Article).onlyInOther.length,
    0,
  );
  rows.push({
    input: 'seed pair (mean of 20)',
    'ours ms': seedMs,
    'ours facts': reported / seedPairs.length,
    ...baselines(seedArticles['000'] as Article, seedArticles['003'] as Article, 5),
  });
  let perWord1000 = 0;
  for (const words of [1000, 6000, 20000]) {
    const [a, b] = versionPair(words);
    const runs = words > 6000 ? 10 : 40;
    // Fresh objects each run: compare() caches sentences per article object, and that must not flatter the timing.
    const ms = summarize(time(() => compare({ ...a }, { ...b }), runs)).median;
    const c = compare(a, b);
    if (words === 1000) perWord1000 = ms / words;
    rows.push({
      input: `${words}-word pair`,
      'ours ms': ms,
      'ours facts': c.onlyInBase.length + c.onlyInOther.length,
      ...baselines(a, b, words > 6000 ? 2 : 5),
    });
    if (words === 1000)
      budgets.push({ name: 'compare, 1,000-word pair, median', measured: ms, limit: 5, unit: 'ms' });
    if (words === 6000)
      budgets.push({ name: 'compare, 6,000-word pair, median', measured: ms, limit: 50, unit: 'ms' });
    if (words === 20000)
      budgets.push({
        name: 'compare, 20,000-word growth over linear (x)',
        measured: ms / words / perWord1000,
        limit: 2,
        unit: 'x',
      });
  }
  return rows;
}

function qualityRows(): { rows: Row[]; details: unknown } {
  const comparisons = orderedSeedPairs().map(
    ([b, o]) => [b, o, compare(articleFromText(seedText(b)), articleFromText(seedText(o)))] as const,
  );
  const scores = comparisons.map(([b, o, c]) => scorePair(b, o, c));
  const t = totals(scores);
  const kinds = new Map<string, number>();
  for (const [, , c] of comparisons)
    for (const change of c.aligned.flatMap((p) => p.changes))
      kinds.set(change.kind, (kinds.get(change.kind) ?? 0) + 1);
  const sum = (f: (s: (typeof scores)[number]) => number) => scores.reduce((n, s) => n + f(s), 0);
  const rows: Row[] = [
    {
      input: 'seed facts, 20 ordered pairs',
      precision: t.precision,
      recall: t.recall,
      reported: t.reported,
      'really missing': t.missing,
      'lost, found in an uncovered clause': sum((s) => s.inClauses.length),
      'uncovered clauses (carrying a missing fact)': `${sum((s) => s.clauses.surfaced)} (${sum((s) => s.clauses.carryingMissing)})`,
    },
    { input: 'seed typed changes, 20 ordered pairs', ...Object.fromEntries(kinds) },
  ];
  return {
    rows,
    details: scores.map((s) => ({
      pair: `${s.base}->${s.other}`,
      lost: s.lost,
      falsePositives: s.falsePositives,
    })),
  };
}

/**
 * Missing facts and discrepancies on the ECB+ fact gold (independent outlets' reports of one event), on the half
 * the rules were chosen on and on the held-out half, beside a plain sentence diff and word overlap.
 */
function ecbGoldRows(): Row[] {
  const rows: Row[] = [];
  for (const split of ['tune', 'heldout'] as Split[]) {
    if (!hasEcbGold(split)) continue;
    const gold = loadEcbGold(split);
    const pairs = orderedPairs(gold);
    const articles = new Map<string, Article>();
    const article = (id: string) => {
      let a = articles.get(id);
      if (!a) articles.set(id, (a = articleFromText(articleText(id))));
      return a;
    };
    const methods: [string, (b: string, o: string) => ReturnType<typeof compare>][] = [
      ['StoryDiff', (b, o) => compare(article(b), article(o))],
      ['plain sentence diff', (b, o) => sentenceDiff(articleText(b), articleText(o))],
      ['word overlap', (b, o) => wordOverlap(articleText(b), articleText(o))],
    ];
    for (const [name, run] of methods) {
      const t = ecbTotals(pairs.map(([b, o]) => scoreComparison(gold, b, o, run(b, o))));
      rows.push({
        input: `ECB+ fact gold, ${split} half (${pairs.length} ordered pairs), ${name}`,
        precision: t.precision,
        recall: t.recall,
        F1: t.f1,
        reported: t.reported,
        'really missing': t.missing,
        'discrepancies surfaced': `${t.surfaced}/${t.discrepancies} (${t.surfacedRate.toFixed(3)})`,
      });
    }
  }
  return rows;
}

/** Same-story verdicts on ecbplus-dev: same story vs different events of the same kind. */
function calibrationRows(): Row[] {
  const sentences = ecb.map((a) => sentencesOf(articleFromText(a.text)));
  const same: number[] = [];
  const kind: number[] = [];
  ecb.forEach((a, i) =>
    ecb.forEach((b, j) => {
      if (i >= j || (i + j) % 3 !== 0 || a.story.slice(0, -1) !== b.story.slice(0, -1)) return;
      const al = alignSentences(sentences[i] ?? [], sentences[j] ?? []);
      const w = al.weight;
      const sim =
        w.base && w.other
          ? Math.max(Math.sqrt((w.alignedBase / w.base) * (w.alignedOther / w.other)), al.documentSimilarity)
          : 0;
      (a.story === b.story ? same : kind).push(sim);
    }),
  );
  const share = (xs: number[]) => xs.filter((x) => x >= SAME_STORY_THRESHOLD).length / xs.length;
  return [
    {
      input: `ecbplus-dev sameStory at ${SAME_STORY_THRESHOLD}`,
      'same-story pairs kept': share(same),
      'different-event pairs kept': share(kind),
      pairs: same.length + kind.length,
    },
  ];
}

function cliWallMs(budgets: Budget[]): Row {
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-'));
  const pairs = join(dir, 'pairs.jsonl');
  writeFileSync(
    pairs,
    orderedSeedPairs()
      .map(([b, o]) =>
        JSON.stringify({
          id: `${b}-${o}`,
          base: resolve(SEEDS, GOLD.seeds[b] ?? ''),
          other: resolve(SEEDS, GOLD.seeds[o] ?? ''),
        }),
      )
      .join('\n'),
  );
  const bin = resolve(ROOT, 'bin/storydiff');
  execFileSync(process.execPath, [bin, 'compare', '--pairs', pairs, '--json']); // builds the CLI if stale
  const ms = summarize(
    time(() => execFileSync(process.execPath, [bin, 'compare', '--pairs', pairs, '--json']), 5, 1),
  ).median;
  budgets.push({ name: 'compare --pairs, 20 seed pairs, wall', measured: ms, limit: 500, unit: 'ms' });
  return { input: 'node bin/storydiff compare --pairs (20 seed pairs)', 'wall ms': ms };
}

export async function run(): Promise<BenchSection> {
  const budgets: Budget[] = [];
  const quality = qualityRows();
  const rows = [
    ...speedRows(budgets),
    ...quality.rows,
    ...ecbGoldRows(),
    ...calibrationRows(),
    cliWallMs(budgets),
  ];
  return { name: 'compare', rows, budgets, details: { seedPairs: quality.details } };
}
