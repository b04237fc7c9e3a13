// Scores the metadata a reader is shown (title, outlet, publication date) on ../shared/corpora/extraction-dev
// against our hand-made gold (test/gold/extraction-metadata.json). Shared by the unit test and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseISO } from 'date-fns';
import { extract } from '../src/core/extract';
import { readMetadata } from '../src/core/extract/metadata';
import { settleArticle } from '../src/core/outlet';
import type { Article } from '../src/core/model';
import { parseHtml } from '../src/cli/html';
import { loadCases, loadPage, type CorpusCase } from './extraction-dev';
import { REPO_ROOT } from './paths';

/** One page's labels: the outlet a reader would name, the headline, the publication day. */
export interface MetadataGold {
  outlet: string;
  /** Other names a reader would accept for the same outlet ("Chefkoch.de" for "Chefkoch"). */
  outletAlso?: string[];
  title: string;
  /** Other headlines the page itself shows as its headline (a kicker before it, a second title). */
  titleAlso?: string[];
  /** YYYY-MM-DD, or null when the page gives no publication date. */
  date: string | null;
  /** Where the date is: in the markup (JSON-LD, meta tags, <time>), or only in the visible text. */
  dateIn?: 'markup' | 'text';
  /** What cases.json said where the page shows otherwise (our corrections). */
  casesSaid?: { title?: string; date?: string };
}

export function loadMetadataGold(): Record<string, MetadataGold> {
  return JSON.parse(
    readFileSync(join(REPO_ROOT, 'test', 'gold', 'extraction-metadata.json'), 'utf8'),
  ) as Record<string, MetadataGold>;
}

/** What the reader is shown of a page: extraction, then the worker's settling; refused pages too. */
export function shownMetadata(html: string, c: CorpusCase, now: number): Article & { refused: boolean } {
  const url = /^https?:/.test(c.url) ? c.url : undefined;
  const doc = parseHtml(html);
  const result = extract(doc, { ...(url ? { url } : {}), now });
  const article: Article = result.ok
    ? result.article
    : { ...readMetadata(doc, url ?? null, {}, now), paragraphs: [], text: '' };
  return { ...settleArticle(article, now), refused: !result.ok };
}

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/^www\./, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The title matches the gold's, up to case, spacing and typographic quotes and dashes. */
export function titleRight(shown: string, gold: MetadataGold): boolean {
  return [gold.title, ...(gold.titleAlso ?? [])].some((t) => fold(t) === fold(shown));
}

/** The outlet is one of the names the gold accepts, up to case and spacing. */
export function outletRight(shown: string | null, gold: MetadataGold): boolean {
  return shown !== null && [gold.outlet, ...(gold.outletAlso ?? [])].some((o) => fold(o) === fold(shown));
}

const HOUR = 3600 * 1000;

/**
 * The shown time falls on the gold's day somewhere on earth (UTC−12 to UTC+14): pages give UTC times for
 * a day they print in local time. A date without a time must be the same date.
 */
export function dateRight(shown: string | null, gold: string): boolean {
  if (!shown) return false;
  if (!shown.includes('T')) return shown.slice(0, 10) === gold;
  const at = parseISO(shown).getTime();
  const day = parseISO(`${gold}T00:00:00Z`).getTime();
  return at >= day - 14 * HOUR && at < day + 24 * HOUR + 12 * HOUR;
}

/** Scores over some pages of the corpus. */
export interface MetadataScore {
  pages: number;
  titleExact: number;
  outletRight: number;
  /** Date right among pages whose gold date is in the markup. */
  dateRightMarkup: number;
  markupDated: number;
  /** Date right among all pages with a gold date (visible-only dates included). */
  dateRightAll: number;
  dated: number;
  /** Dates shown before 1990 or after the clock: must be 0. */
  implausible: number;
  /** Pages the extractor refused as not articles (scored on their metadata all the same). */
  refused: number;
  /** Files whose title, outlet or date is wrong, for reading. */
  misses: { file: string; field: string; shown: string | null; gold: string | null }[];
}

export function scoreMetadata(which: (index: number) => boolean, now = Date.now()): MetadataScore {
  const gold = loadMetadataGold();
  const s: MetadataScore = {
    pages: 0,
    titleExact: 0,
    outletRight: 0,
    dateRightMarkup: 0,
    markupDated: 0,
    dateRightAll: 0,
    dated: 0,
    implausible: 0,
    refused: 0,
    misses: [],
  };
  loadCases().forEach((c, i) => {
    const g = gold[c.file];
    if (!which(i) || !g) return;
    const shown = shownMetadata(loadPage(c), c, now);
    if (shown.refused) s.refused++;
    s.pages++;
    if (titleRight(shown.title, g)) s.titleExact++;
    else s.misses.push({ file: c.file, field: 'title', shown: shown.title, gold: g.title });
    if (outletRight(shown.siteName, g)) s.outletRight++;
    else s.misses.push({ file: c.file, field: 'outlet', shown: shown.siteName, gold: g.outlet });
    const year = shown.publishedTime ? parseISO(shown.publishedTime).getTime() : null;
    if (year !== null && (year < Date.UTC(1990, 0, 1) || year > now + 24 * HOUR)) s.implausible++;
    if (g.date) {
      const right = dateRight(shown.publishedTime, g.date);
      s.dated++;
      if (right) s.dateRightAll++;
      if (g.dateIn === 'markup') {
        s.markupDated++;
        if (right) s.dateRightMarkup++;
        else s.misses.push({ file: c.file, field: 'date', shown: shown.publishedTime, gold: g.date });
      }
    }
  });
  return s;
}
