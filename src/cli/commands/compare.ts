// `storydiff compare`: two versions of a story in, a Comparison out (JSON, Markdown or HTML); or a batch of
// pairs from a JSON-lines file, one result line per pair with its id.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { compare } from '../../core/compare';
import { toHtml, toJson, toMarkdown } from '../../core/export';
import type { Article } from '../../core/model';
import { articleFromText } from '../../core/text';
import { CliError } from '../errors';
import type { CliIO } from '../io';

/** Options of `storydiff compare`. */
export interface CompareOptions {
  json?: boolean;
  markdown?: boolean;
  html?: boolean;
  pairs?: string;
}

/** Inputs larger than this are refused before reading: no news article comes close. */
const MAX_INPUT_BYTES = 20 * 2 ** 20;

/** True when the bytes look like a binary file rather than text: NUL bytes or many control characters. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}

/** Reads a file as an Article: .html/.htm are extracted first, anything else is plain text, a paragraph a line. */
async function readArticle(path: string): Promise<Article> {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(`cannot read ${path}: no such file`);
  if (statSync(path).size > MAX_INPUT_BYTES) throw new CliError(`${path} is too large to be an article`);
  const bytes = readFileSync(path);
  if (looksBinary(bytes)) throw new CliError(`${path} is a binary file, not text or HTML`);
  const text = bytes.toString('utf8');
  if (text.trim().length === 0) throw new CliError(`${path} is empty`);
  if (/^\.html?$/i.test(extname(path))) {
    // Loaded only for HTML inputs: the DOM parser is the slowest part of starting the command.
    const [{ parseHtml }, { extract }] = await Promise.all([import('../html'), import('../../core/extract')]);
    const result = extract(parseHtml(text));
    if (!result.ok) throw new CliError(`${path}: ${result.message}`);
    return result.article;
  }
  const article = articleFromText(text, { siteName: basename(path) });
  if (article.paragraphs.length === 0) throw new CliError(`${path} has no text`);
  return article;
}

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
  return { id: typeof v.id === 'string' ? v.id : String(v.id ?? n), base: v.base, other: v.other };
}

/** Batch mode: one result line per pair, errors reported per pair; exits 1 when any pair failed. */
async function runPairs(file: string, io: CliIO): Promise<void> {
  if (!existsSync(file)) throw new CliError(`cannot read ${file}: no such file`);
  const lines = readFileSync(file, 'utf8').split('\n');
  // Paths are taken relative to the current directory, or else to the pairs file.
  const locate = (p: string) => (existsSync(resolve(p)) ? resolve(p) : resolve(dirname(file), p));
  // Each file is read once however many pairs name it (and compare() then segments it once).
  const articles = new Map<string, Promise<Article>>();
  const load = (p: string) => {
    const path = locate(p);
    if (!articles.has(path)) articles.set(path, readArticle(path));
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
    return runPairs(options.pairs, io);
  }
  if (files.length !== 2)
    throw new CliError('compare needs two files: BASE OTHER (or --pairs FILE.jsonl)', 2);
  const [base, other] = await Promise.all(files.map(readArticle));
  const result = compare(base as Article, other as Article);
  io.out(
    output === 'markdown'
      ? toMarkdown(result)
      : output === 'html'
        ? toHtml(result)
        : toJson(result, 2) + '\n',
  );
}
