// Bench section "match": quality on ECB+ dev beside a TF-IDF baseline, the seed check, and speed/size with
// synthetic libraries of 1,000 / 10,000 / 100,000 articles made of real corpus sentences.
import { MatchIndex } from '../src/core/match/index';
import { openLibrary } from '../src/store/library';
import { IDBFactory } from 'fake-indexeddb';
import type { LibraryEntry } from '../src/core/model';
import { loadEcb, loadSeeds, synthetic } from './match-data';
import { measure, runBaseline, runIndex, seedCheck } from './match-quality';
import { SAME_STORY_THRESHOLD } from '../src/core/match/calibration';
import { summarize, time, type BenchSection, type Budget, type Row } from './types';
import 'fake-indexeddb/auto';

/** Heap in use after a full collection, or NaN when node was not started with --expose-gc. */
function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed;
}

function speedRow(size: number, pool: string[][], queries: LibraryEntry[], budgets: Budget[]): Row {
  const entries = synthetic(size, pool, size);
  const heapBefore = heapUsed();
  const start = performance.now();
  const index = new MatchIndex();
  for (const e of entries) index.add(e);
  const build = performance.now() - start;
  // Negative deltas mean a collection freed earlier garbage mid-measure: reported as unknown, not as 0.
  const delta = heapUsed() - heapBefore;
  const heap = delta > 0 ? delta : NaN;
  let q = 0;
  const query = summarize(time(() => index.query(queries[q++ % queries.length] as LibraryEntry), 200));
  const extra = synthetic(200, pool, size + 1);
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
  if (size === 10_000) {
    budgets.push({
      name: 'match, 10,000 stored, query median',
      measured: query.median,
      limit: 20,
      unit: 'ms',
    });
    budgets.push({
      name: 'match, 10,000 stored, add one, median',
      measured: add.median,
      limit: 5,
      unit: 'ms',
    });
  }
  if (size === 100_000) {
    budgets.push({
      name: 'match, 100,000 stored, query median',
      measured: query.median,
      limit: 100,
      unit: 'ms',
    });
  }
  const json = JSON.stringify(index.toJSON()).length;
  return {
    case: `speed, ${label} stored`,
    'build s': build / 1000,
    'query median ms': query.median,
    'query p95 ms': query.p95,
    'add median ms': add.median,
    'add p95 ms': add.p95,
    'heap MB': heap / 2 ** 20,
    'index JSON bytes/article': Math.round(json / index.size),
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

function qualityRow(name: string, m: ReturnType<typeof measure>): Row {
  return {
    case: name,
    'P@1': m.p1,
    MAP: m.map,
    threshold: m.chosen.threshold,
    'pair precision': m.chosen.precision,
    'pair recall': m.chosen.recall,
    'pair F1': m.chosen.f1,
    'false: a vs b event': m.siblingFalse,
    'false: other': m.otherFalse,
  };
}

export async function run(): Promise<BenchSection> {
  const ecb = loadEcb();
  const seeds = loadSeeds();
  const ours = measure(ecb, runIndex(ecb), SAME_STORY_THRESHOLD);
  const baseline = measure(ecb, runBaseline(ecb));
  const seedResult = seedCheck(ecb, seeds);
  const rows: Row[] = [
    qualityRow('ECB+ dev, StoryDiff match', ours),
    qualityRow('ECB+ dev, TF-IDF cosine', baseline),
  ];
  rows.push({
    case: 'seeds',
    'seed pairs same story': `${seedResult.seedPairs}/${seedResult.expectedSeedPairs}`,
    'seed–ECB+ false matches': seedResult.falseMatches,
    'lowest seed score': seedResult.lowestSeedScore,
    'highest seed–ECB+ score': seedResult.highestEcbScore,
  });
  const pool = [...ecb, ...seeds].map((e) => e.text.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.length > 20));
  const budgets: Budget[] = [];
  for (const size of [1_000, 10_000, 100_000]) rows.push(speedRow(size, pool, ecb, budgets));
  rows.push({
    case: 'IndexedDB bytes per stored article',
    bytes: Math.round(await bytesPerArticle([...ecb, ...seeds])),
  });
  return {
    name: 'Match (same-story) and library',
    rows,
    budgets,
    details: { ours, baseline, seeds: seedResult },
  };
}

if (process.argv[1]?.endsWith('bench/match.ts')) {
  const section = await run();
  console.log(JSON.stringify({ rows: section.rows, budgets: section.budgets }, null, 1));
}
