// `storydiff compare`: two versions of a story in, a Comparison out (JSON, Markdown or HTML); or a batch of
// pairs from a JSON-lines file, one result line per pair with its id.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import '../../core/lang/all';
import { compare } from '../../core/compare';
import { toHtml, toJson, toMarkdown } from '../../core/export';
import type { Article } from '../../core/model';
import { CliError } from '../errors';
import type { CliIO } from '../io';
import { readArticle, readTextFile } from '../read';

/** Options of `storydiff compare`. */
export interface CompareOptions {
  json?: boolean;
  markdown?: boolean;
  html?: boolean;
  pairs?: string;
  /** A language tag forced on both versions; otherwise the page's, checked against the text. */
  lang?: string;
}

/** A pairs file names files; a million pairs fit in far less than this. */
const MAX_PAIRS_BYTES = 256 * 2 ** 20;

function format(options: CompareOptions): 'json' | 'markdown' | 'html' {
  const chosen = (['json', 'markdown', 'html'] as const).filter((f) => options[f]);
  if (chosen.length > 1) throw new CliError('choose one output format: --json, --markdown or --html', 2);
  return chosen[0] ?? 'json';
}

interface PairLine {
  id: string;
  base: string;
  other: string;
}

function parsePairLine(line: string, n: number): PairLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CliError(`line ${n} is not JSON`);
  }
  const v = value as Partial<Record<keyof PairLine, unknown>>;
  if (typeof v !== 'object' || v === null || typeof v.base !== 'string' || typeof v.other !== 'string')
    throw new CliError(`line ${n} needs "base" and "other" file paths`);
  if (v.id !== undefined && typeof v.id !== 'string' && typeof v.id !== 'number')
    throw new CliError(`line ${n}: "id" must be a string or a number`);
  return { id: v.id === undefined ? String(n) : String(v.id), base: v.base, other: v.other };
}

/** The article read in the language forced by --lang, when given. */
function withLanguage(article: Article, lang: string | undefined): Article {
  return lang ? { ...article, lang } : article;
}

/** Batch mode: one result line per pair, errors reported per pair; exits 1 when any pair failed. */
async function runPairs(file: string, io: CliIO, lang?: string): Promise<void> {
  const lines = readTextFile(file, MAX_PAIRS_BYTES, 'pairs file').split('\n');
  // Paths are taken relative to the current directory, or else to the pairs file.
  const locate = (p: string) => (existsSync(resolve(p)) ? resolve(p) : resolve(dirname(file), p));
  // Each file is read once however many pairs name it (and compare() then segments it once).
  const articles = new Map<string, Promise<Article>>();
  const load = (p: string) => {
    const path = locate(p);
    if (!articles.has(path))
      articles.set(
        path,
        readArticle(path).then((a) => withLanguage(a, lang)),
      );
    return articles.get(path) as Promise<Article>;
  };
  let failed = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim().length === 0) continue;
    let id = String(i + 1);
    try {
      const pair = parsePairLine(line, i + 1);
      id = pair.id;
      const [base, other] = await Promise.all([load(pair.base), load(pair.other)]);
      io.out(JSON.stringify({ id, ...compare(base, other) }) + '\n');
    } catch (error) {
      failed++;
      io.out(JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) }) + '\n');
    }
  }
  if (failed > 0) throw new CliError(`${failed} pair${failed === 1 ? '' : 's'} could not be compared`);
}

/** Runs `storydiff compare`. */
export async function runCompare(files: string[], options: CompareOptions, io: CliIO): Promise<void> {
  const output = format(options);
  if (options.pairs !== undefined) {
    if (files.length > 0) throw new CliError('give either BASE OTHER or --pairs FILE, not both', 2);
    if (output !== 'json') throw new CliError('--pairs prints JSON lines only', 2);
    return runPairs(options.pairs, io, options.lang);
  }
  if (files.length !== 2)
    throw new CliError('compare needs two files: BASE OTHER (or --pairs FILE.jsonl)', 2);
  const [base, other] = (await Promise.all(files.map(readArticle))).map((a) => withLanguage(a, options.lang));
  const result = compare(base as Article, other as Article);
  io.out(
    output === 'markdown'
      ? toMarkdown(result)
      : output === 'html'
        ? toHtml(result)
        : toJson(result, 2) + '\n',
  );
}
