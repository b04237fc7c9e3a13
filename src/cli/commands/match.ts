// `storydiff match`: rank the articles of a JSON-lines library that report the same story as a query
// (one file) or as each line of a queries file; broken library lines are skipped and reported by number.
import { basename, extname } from 'node:path';
import '../../core/lang/all';
import { checkedLanguage } from '../../core/lang/detect';
import { MatchIndex } from '../../core/match/index';
import type { LibraryEntry, MatchResult } from '../../core/model';
import { CliError } from '../errors';
import type { CliIO } from '../io';
import { MAX_LIBRARY_BYTES, isHtmlName, readArticle, readTextFile } from '../read';

/** Options of `storydiff match`. */
export interface MatchOptions {
  library?: string;
  queries?: string;
  top?: string;
  json?: boolean;
  /** A language tag forced on every article; otherwise each line's "lang", or the language detected. */
  lang?: string;
}

/** A JSON-lines file read leniently: good entries, and one reason per broken line. */
interface ParsedLines {
  entries: LibraryEntry[];
  problems: string[];
}

const OPTIONAL_STRINGS = ['title', 'url', 'published', 'lang'] as const;

/** Checks one parsed value against the library line format; returns the entry or why it is not one. */
function toEntry(value: unknown): LibraryEntry | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id === '') return 'no "id" string';
  if (typeof record.text !== 'string') return 'no "text" string';
  const entry: LibraryEntry = { id: record.id, text: record.text };
  for (const key of OPTIONAL_STRINGS) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') return `"${key}" is not a string`;
    entry[key] = field;
  }
  return entry;
}

/** Parses JSON lines; blank lines are ignored, broken and duplicate ones reported with their number. */
export function parseLibraryLines(text: string, fileName: string): ParsedLines {
  const entries: LibraryEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${fileName} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${where}: not valid JSON, skipped`);
      return;
    }
    const entry = toEntry(value);
    if (typeof entry === 'string') problems.push(`${where}: ${entry}, skipped`);
    else if (seen.has(entry.id)) problems.push(`${where}: id "${entry.id}" already used, skipped`);
    else {
      seen.add(entry.id);
      entries.push(entry);
    }
  });
  return { entries, problems };
}

/** Reads a single query: .html (extracted), .txt (one paragraph per line) or .json (one library object). */
async function readQuery(path: string): Promise<LibraryEntry> {
  const extension = extname(path).toLowerCase();
  if (isHtmlName(path)) {
    const article = await readArticle(path);
    const url = article.canonicalUrl ?? article.url;
    return {
      id: basename(path),
      text: article.text,
      title: article.title,
      ...(url ? { url } : {}),
      ...(article.publishedTime ? { published: article.publishedTime } : {}),
      ...(article.lang ? { lang: article.lang } : {}),
    };
  }
  const text = readTextFile(path, undefined, 'query file');
  if (extension === '.txt') {
    const paragraphs = text.split(/\r?\n/).map((l) => l.trim());
    return { id: basename(path), text: paragraphs.filter((p) => p !== '').join('\n\n') };
  }
  if (extension === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new CliError(`query file ${path} is not valid JSON`);
    }
    const entry = toEntry(value);
    if (typeof entry === 'string') throw new CliError(`query file ${path}: ${entry}`);
    return entry;
  }
  throw new CliError(`query file ${path}: expected .html, .txt (one paragraph per line) or .json`, 2);
}

function parseTop(top: string | undefined): number {
  const n = Number(top ?? '10');
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--top must be a whole number of at least 1`, 2);
  return n;
}

/** Reads a JSON-lines file of articles; one with no usable line at all is a failed run, not an empty one. */
function readJsonLines(path: string, what: string, io: CliIO): LibraryEntry[] {
  const { entries, problems } = parseLibraryLines(
    readTextFile(path, MAX_LIBRARY_BYTES, what),
    basename(path),
  );
  for (const problem of problems) io.err(`storydiff: ${problem}\n`);
  if (entries.length === 0)
    throw new CliError(
      problems.length > 0
        ? `${what} ${path} has no usable line: all ${problems.length} were skipped`
        : `${what} ${path} holds no articles`,
    );
  return entries;
}

/** The entry with its language: forced by --lang, else its own "lang" checked against its text, else detected. */
function withLanguage(entry: LibraryEntry, forced: string | undefined): LibraryEntry {
  const lang = forced ?? checkedLanguage(entry.lang, entry.text);
  return lang ? { ...entry, lang } : entry;
}

export async function runMatch(query: string | undefined, options: MatchOptions, io: CliIO): Promise<void> {
  if (!options.library) throw new CliError('--library LIB.jsonl is required', 2);
  if ((query === undefined) === (options.queries === undefined)) {
    throw new CliError('give either one QUERY file or --queries Q.jsonl', 2);
  }
  const top = parseTop(options.top);
  const library = readJsonLines(options.library, 'library file', io);
  const queries = options.queries
    ? readJsonLines(options.queries, 'queries file', io)
    : [await readQuery(query as string)];
  const index = new MatchIndex();
  for (const entry of library) index.add(withLanguage(entry, options.lang));
  for (const q of queries.map((entry) => withLanguage(entry, options.lang))) {
    const matches = index.query(q, { top, excludeId: q.id });
    const result: MatchResult = {
      query: q.id,
      matches: matches.map(({ id, score, sameStory, similarity, sameUrl, shared }) => ({
        id,
        score,
        sameStory,
        ...(similarity === undefined ? {} : { similarity }),
        ...(sameUrl ? { sameUrl } : {}),
        ...(shared ? { shared } : {}),
      })),
    };
    io.out(JSON.stringify(result) + '\n');
  }
}
