// Bench section "match" (issue #12): same-story quality per half — ECB+ dev alone, the real mixed library
// (ECB+ dev with every English semeval-dev text) and the semeval rating correlation — beside a TF-IDF
// cosine with its best threshold chosen in hindsight on the same data; the seed check; and speed, size and
// precision with 10,000 and 100,000 stored, the real articles among distractors of the same kinds of events.
import { MatchIndex } from '../src/core/match/index';
import { openLibrary } from '../src/store/library';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import type { LibraryEntry } from '../src/core/model';
import { distractors, loadSeeds, type Half } from './match-data';
import {
  bestThresholdOf,
  decideWithIndex,
  decisionQuality,
  loadMixed,
  ratingCorrelation,
  scoreWithTfidf,
  type DecisionQuality,
  type Decided,
  type MixedEntry,
} from './match-mixed';
import { seedCheck } from './match-quality';
import { summarize, time, type BenchSection, type Budget, type Row } from './types';

/** Heap in use after a full collection, or NaN when node was not started with --expose-gc. */
function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed;
}

function qualityRow(name: string, q: DecisionQuality, threshold?: number): Row {
  return {
    case: name,
    ...(threshold !== undefined ? { threshold } : {}),
    'P@1': q.p1,
    MAP: q.map,
    precision: q.precision,
    recall: q.recall,
    F1: q.f1,
    'queries shown another story': `${q.queriesWithFalse}/${q.queries}`,
  };
}

/** Ours and TF-IDF (best threshold per half) on one library, per half. */
function compareOn(label: string, entries: MixedEntry[], ambiguous: Set<string>, rows: Row[]) {
  const ours = decideWithIndex(entries);
  const tfidf = scoreWithTfidf(entries);
  const out: Record<Half, DecisionQuality> = {} as Record<Half, DecisionQuality>;
  for (const half of ['tune', 'heldout'] as const) {
    out[half] = decisionQuality(entries, ours, half, ambiguous);
    rows.push(qualityRow(`${label}, ${half} half: StoryDiff`, out[half]));
    const best = bestThresholdOf(entries, tfidf, half, ambiguous);
    rows.push(qualityRow(`${label}, ${half} half: TF-IDF cosine`, best.quality, best.threshold));
  }
  return { ours: out, decided: ours, tfidf };
}

/** Precision of the real articles' versions among distractors, and speed, at one library size. */
function scaleRow(size: number, real: MixedEntry[], ambiguous: Set<string>, budgets: Budget[]): Row {
  const fake = distractors(size - real.length, real, size);
  const heapBefore = heapUsed();
  const start = performance.now();
  const index = new MatchIndex();
  for (const e of [...real, ...fake]) index.add(e);
  const build = performance.now() - start;
  const delta = heapUsed() - heapBefore;
  const heldout = real.filter((e) => e.half === 'heldout');
  const decided: Decided[] = heldout.map((e) => ({
    query: e.id,
    ranked: index
      .query(e, { top: 50, excludeId: e.id })
      .map((m) => ({ id: m.id, score: m.score, same: m.sameStory })),
  }));
  const known = new Map(real.map((e) => [e.id, e]));
  const shownDistractor = decided.filter((d) => d.ranked.some((r) => r.same && !known.has(r.id))).length;
  const labelled = [
    ...real,
    ...fake.map((f): MixedEntry => ({ ...f, story: f.id.replace(/-\d+$/, ''), half: 'tune' })),
  ];
  const quality = decisionQuality(labelled, decided, 'heldout', ambiguous);
  let q = 0;
  const query = summarize(time(() => index.query(heldout[q++ % heldout.length] as LibraryEntry), 200));
  const extra = distractors(200, real, size + 1);
  let a = 0;
  const add = summarize(
    time(
      () => {
        const entry = extra[a++ % extra.length] as LibraryEntry;
        index.add({ ...entry, id: `${entry.id}-${a}` });
      },
      200,
      0,
    ),
  );
  const label = size.toLocaleString('en');
  budgets.push(
    { name: `match, ${label} stored, query median`, measured: query.median, limit: 20, unit: 'ms' },
    { name: `match, ${label} stored, add one, median`, measured: add.median, limit: 5, unit: 'ms' },
    {
      name: `match, ${label} stored, same-story precision (held-out half)`,
      measured: quality.precision,
      limit: 0.97,
      unit: '',
      atLeast: true,
    },
  );
  return {
    case: `${label} stored (990 real, the rest distractors)`,
    'build s': build / 1000,
    'query median ms': query.median,
    'query p95 ms': query.p95,
    'add median ms': add.median,
    'heap MB': delta > 0 ? delta / 2 ** 20 : NaN,
    precision: quality.precision,
    recall: quality.recall,
    'queries shown a distractor': `${shownDistractor}/${heldout.length}`,
    'index JSON bytes/article': Math.round(JSON.stringify(index.toJSON()).length / index.size),
  };
}

/** Mean UTF-8 bytes of the records IndexedDB stores per article (serialised ArticleRecord). */
async function bytesPerArticle(entries: LibraryEntry[]): Promise<number> {
  const library = await openLibrary(new IDBFactory());
  for (const e of entries) {
    const paragraphs = e.text.split('\n').map((text) => ({ kind: 'paragraph' as const, text }));
    await library.saveCapture({
      title: paragraphs[0]?.text ?? '',
      byline: null,
      siteName: 'example.com',
      url: `https://example.com/${e.id}`,
      canonicalUrl: null,
      publishedTime: null,
      modifiedTime: null,
      lang: 'en',
      leadImageUrl: null,
      paragraphs,
      text: e.text.split('\n').join('\n\n'),
    });
  }
  const { articles } = await library.exportBackup();
  const bytes = articles.reduce((sum, a) => sum + new TextEncoder().encode(JSON.stringify(a)).length, 0);
  return bytes / articles.length;
}

export async function run(): Promise<BenchSection> {
  const mixed = loadMixed();
  const ecb = mixed.entries.filter((e) => e.story.startsWith('ecb:'));
  const rows: Row[] = [];
  const budgets: Budget[] = [];
  const onEcb = compareOn('ECB+ dev (413)', ecb, new Set(), rows);
  const onMixed = compareOn('mixed library (990)', mixed.entries, mixed.ambiguous, rows);
  const correlation = {
    probability: ratingCorrelation(onMixed.decided, mixed.rated),
    similarity: ratingCorrelation(onMixed.decided, mixed.rated, 'similarity'),
    tfidf: ratingCorrelation(onMixed.tfidf, mixed.rated),
  };
  rows.push({
    case: `semeval-dev en-en (${mixed.rated.length} rated pairs): Pearson with the overall rating`,
    'StoryDiff probability': correlation.probability,
    'StoryDiff similarity': correlation.similarity,
    'TF-IDF cosine': correlation.tfidf,
  });
  const held = onEcb.ours.heldout;
  budgets.push(
    {
      name: 'same-story precision, ECB+ held-out half',
      measured: held.precision,
      limit: 0.97,
      unit: '',
      atLeast: true,
    },
    { name: 'same-story F1, ECB+ held-out half', measured: held.f1, limit: 0.93, unit: '', atLeast: true },
    { name: 'MAP, ECB+ held-out half', measured: held.map, limit: 0.97, unit: '', atLeast: true },
    {
      name: 'same-story precision, mixed library, held-out half',
      measured: onMixed.ours.heldout.precision,
      limit: 0.97,
      unit: '',
      atLeast: true,
    },
    {
      name: 'same-story recall, mixed library, held-out half',
      measured: onMixed.ours.heldout.recall,
      limit: 0.9,
      unit: '',
      atLeast: true,
    },
    {
      name: 'match probability ~ semeval en rating (Pearson)',
      measured: correlation.probability,
      limit: 0.8,
      unit: '',
      atLeast: true,
    },
  );
  const seeds = seedCheck(ecb, loadSeeds());
  rows.push({
    case: 'seeds among ECB+ dev',
    'seed pairs same story': `${seeds.seedPairs}/${seeds.expectedSeedPairs}`,
    'seed–ECB+ false matches': seeds.falseMatches,
    'lowest seed score': seeds.lowestSeedScore,
    'highest seed–ECB+ score': seeds.highestEcbScore,
  });
  for (const size of [10_000, 100_000]) rows.push(scaleRow(size, mixed.entries, mixed.ambiguous, budgets));
  rows.push({
    case: 'IndexedDB bytes per stored article',
    bytes: Math.round(await bytesPerArticle(mixed.entries.slice(0, 400))),
  });
  return {
    name: 'Match (same-story) and library',
    rows,
    budgets,
    details: { ecb: onEcb.ours, mixed: onMixed.ours, correlation, seeds },
  };
}

if (process.argv[1]?.endsWith('bench/match.ts')) {
  const section = await run();
  console.log(JSON.stringify({ rows: section.rows, budgets: section.budgets }, null, 1));
}
