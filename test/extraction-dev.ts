// Scores extraction on ../shared/corpora/extraction-dev (read in place): must-keep passages kept,
// must-drop passages dropped, and F1. Shared by the unit test and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type ExtractOptions } from '../src/core/extract';
import { parseHtml } from '../src/cli/html';
import { SHARED } from './paths';

/** The corpus folder. */
export const EXTRACTION_DEV = join(SHARED, 'corpora', 'extraction-dev');

/** One page of the corpus with the passages its text must and must not contain. */
export interface CorpusCase {
  file: string;
  url: string;
  with: string[];
  without: string[];
}

/** Passage counts and the scores derived from them. */
export interface Score {
  /** Must-keep passages present / absent; must-drop passages present / absent. */
  kept: number;
  missed: number;
  leaked: number;
  dropped: number;
  /** Share of must-keep passages kept (recall). */
  keepRate: number;
  /** Share of must-drop passages dropped (the README's precision). */
  dropRate: number;
  /** Harmonic mean of keepRate and dropRate, as the corpus README defines it. */
  f1: number;
  /** F1 with precision = kept / (kept + leaked), the counting behind trafilatura's published 0.924. */
  f1Counts: number;
}

export function loadCases(): CorpusCase[] {
  return JSON.parse(readFileSync(join(EXTRACTION_DEV, 'cases.json'), 'utf8')) as CorpusCase[];
}

export function loadPage(c: CorpusCase): string {
  return readFileSync(join(EXTRACTION_DEV, 'pages', c.file), 'utf8');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a case is judged on: the article's paragraphs, or nothing when the page was refused. */
export function extractedText(html: string, c: CorpusCase, options: ExtractOptions = {}): string {
  const result = extract(parseHtml(html), { ...options, url: c.url });
  return result.ok ? squash(result.article.paragraphs.map((p) => p.text).join('\n')) : '';
}

/** Adds up the passages over all cases; `texts[i]` is the extracted text of `cases[i]`. */
export function score(cases: CorpusCase[], texts: string[]): Score {
  let [kept, missed, leaked, dropped] = [0, 0, 0, 0];
  cases.forEach((c, i) => {
    const text = texts[i] ?? '';
    for (const passage of c.with) {
      if (text.includes(squash(passage))) kept++;
      else missed++;
    }
    for (const passage of c.without) {
      if (text.includes(squash(passage))) leaked++;
      else dropped++;
    }
  });
  const keepRate = kept / (kept + missed);
  const dropRate = dropped / (dropped + leaked);
  const precision = kept / (kept + leaked);
  return {
    kept,
    missed,
    leaked,
    dropped,
    keepRate,
    dropRate,
    f1: (2 * keepRate * dropRate) / (keepRate + dropRate),
    f1Counts: (2 * keepRate * precision) / (keepRate + precision),
  };
}
