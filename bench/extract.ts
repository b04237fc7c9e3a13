// Extraction benchmark: Node timings with linkedom (our CLI's DOM) and jsdom (for comparison), quality on
// extraction-dev for Readability alone vs ours, and the size of the content-script payload.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extract } from '../src/core/extract';
import { parseHtml } from '../src/cli/html';
import { extractedText, loadCases, loadPage, score, type CorpusCase } from '../test/extraction-dev';
import { scoreMetadata, type MetadataScore } from '../test/extraction-metadata';
import { REPO_ROOT } from '../test/paths';
import { summarize, time, type BenchSection, type Budget, type Row } from './types';

const PAGES = join(REPO_ROOT, 'test', 'fixtures', 'pages');
const JSDOM_SAMPLE = 50; // jsdom is slow enough that the whole corpus would dominate the bench run
const quiet = new VirtualConsole();
const parsers = {
  linkedom: (html: string) => parseHtml(html),
  jsdom: (html: string) => new JSDOM(html, { virtualConsole: quiet }).window.document,
};

/** Median and p95 of parse and of extract per page, in ms, for one DOM over some pages. */
function timings(dom: keyof typeof parsers, pages: string[], runs: number): Row {
  const parse: number[] = [];
  const run: number[] = [];
  for (const html of pages) {
    parse.push(...time(() => parsers[dom](html), runs, 1));
    const document = parsers[dom](html);
    run.push(...time(() => extract(document), runs, 1));
  }
  const [p, e] = [summarize(parse), summarize(run)];
  return { 'parse median': p.median, 'parse p95': p.p95, 'extract median': e.median, 'extract p95': e.p95 };
}

async function payloadBytes(): Promise<number> {
  const result = await build({
    entryPoints: [join(REPO_ROOT, 'src', 'core', 'extract', 'index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents.length ?? NaN;
}

function quality(cases: CorpusCase[], pages: string[]): Row[] {
  const rows: Row[] = [];
  for (const [name, options] of [
    ['Readability alone', { readabilityOnly: true }],
    ['ours', {}],
  ] as const) {
    const s = score(
      cases,
      cases.map((c, i) => extractedText(pages[i] ?? '', c, options)),
    );
    rows.push({
      quality: name,
      'must-keep kept': s.keepRate,
      'must-drop dropped': s.dropRate,
      F1: s.f1,
      'F1 (counts)': s.f1Counts,
    });
  }
  rows.push({ quality: 'trafilatura (published, full 990-page set)', 'F1 (counts)': 0.924 });
  return rows;
}

/** One row of metadata scores. */
function metadataRow(name: string, s: MetadataScore): Row {
  return {
    quality: name,
    'pages scored': s.pages,
    'title exact': s.titleExact / s.pages,
    'outlet right': s.outletRight / s.pages,
    'date right (date in markup)': s.dateRightMarkup / s.markupDated,
    'date right (any gold date)': s.dateRightAll / s.dated,
    'implausible dates': s.implausible,
  };
}

/** Title, outlet and date against our hand-made gold, on the half the rules were chosen on, the other, and all. */
function metadataRows(): { rows: Row[]; all: MetadataScore } {
  const even = scoreMetadata((i) => i % 2 === 0);
  const odd = scoreMetadata((i) => i % 2 === 1);
  const all = { ...even, misses: [...even.misses, ...odd.misses] };
  for (const key of Object.keys(all) as (keyof MetadataScore)[])
    if (typeof all[key] === 'number') (all[key] as number) = (even[key] as number) + (odd[key] as number);
  return {
    rows: [
      metadataRow('metadata, even pages (rules chosen here)', even),
      metadataRow('metadata, odd pages (held out)', odd),
      metadataRow('metadata, all pages', all),
    ],
    all,
  };
}

export async function run(): Promise<BenchSection> {
  const fixtures = readdirSync(PAGES).map((name) => readFileSync(join(PAGES, name, 'source.html'), 'utf8'));
  const seeds = readdirSync(PAGES)
    .filter((n) => n.startsWith('seed-'))
    .map((name) => readFileSync(join(PAGES, name, 'source.html'), 'utf8'));
  const cases = loadCases();
  const corpus = cases.map(loadPage);
  const seedRow = timings('linkedom', seeds, 20);
  const rows: Row[] = [
    { pages: 'seed pages (5), linkedom', ...seedRow },
    { pages: `fixtures (${fixtures.length}), linkedom`, ...timings('linkedom', fixtures, 5) },
    { pages: `fixtures (${fixtures.length}), jsdom`, ...timings('jsdom', fixtures, 3) },
    { pages: `extraction-dev (${corpus.length}), linkedom`, ...timings('linkedom', corpus, 1) },
    {
      pages: `extraction-dev (first ${JSDOM_SAMPLE}), jsdom`,
      ...timings('jsdom', corpus.slice(0, JSDOM_SAMPLE), 1),
    },
    ...quality(cases, corpus),
  ];
  const metadata = metadataRows();
  rows.push(...metadata.rows);
  const bytes = await payloadBytes();
  rows.push({ pages: 'content-script payload (src/core/extract + Readability, minified)', KB: bytes / 1024 });
  const budgets: Budget[] = [
    { name: 'extract payload, minified', measured: bytes / 1024, limit: 60, unit: 'KB' },
    {
      name: 'extract, seed page, Node + linkedom, median',
      measured: Number(seedRow['extract median']),
      limit: 30,
      unit: 'ms',
    },
  ];
  budgets.push({
    name: 'implausible dates shown, extraction-dev',
    measured: metadata.all.implausible,
    limit: 0,
    unit: 'pages',
  });
  return { name: 'extract', rows, budgets };
}
