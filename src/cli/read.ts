// The one way the command line reads a file: checked to be a regular file of a sane size holding text
// before a byte is read (`storydiff extract /dev/zero` once grew to 10 GB), and read as an Article the
// same way by every command (.html pages extracted with their srcdoc frames, other files as plain text).
import { openSync, closeSync, fstatSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Article, ExtractResult } from '../core/model';
import { checkedLanguage } from '../core/lang/detect';
import { articleFromText } from '../core/text';
import { CliError } from './errors';

/** A page or article file larger than this is refused before reading: no news page comes close. */
export const MAX_PAGE_BYTES = 20 * 2 ** 20;

/** A JSON-lines library larger than this is refused: about 100,000 articles fit in a quarter of it. */
export const MAX_LIBRARY_BYTES = 512 * 2 ** 20;

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

/** A file the command line will not read, with the reason in a few words (without the file's name). */
export class FileRefused extends CliError {
  constructor(
    readonly path: string,
    readonly reason: string,
    what = '',
  ) {
    super(`cannot read ${what ? `${what} ` : ''}${path}: ${reason}`);
  }
}

const CODES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory, not a file',
};

/**
 * Reads a text file of at most `maxBytes`: refuses what is not a regular file (a directory, a device such
 * as /dev/zero, a pipe), what is too large, and what is binary, each with the file's name (and `what` it
 * is, "library file", when that helps).
 */
export function readTextFile(path: string, maxBytes = MAX_PAGE_BYTES, what = ''): string {
  return Buffer.from(readTextBytes(path, maxBytes, what)).toString('utf8');
}

/**
 * The bytes of a text file, with readTextFile's checks, for formats that declare their own encoding
 * (a feed's XML prolog may say ISO-8859-1).
 */
export function readTextBytes(path: string, maxBytes = MAX_PAGE_BYTES, what = ''): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new FileRefused(path, CODES[code] ?? code, what);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileRefused(path, CODES.EISDIR as string, what);
    // A device (/dev/zero), a pipe or a socket: no size to check, and possibly no end.
    if (!stat.isFile()) throw new FileRefused(path, 'not a regular file', what);
    if (stat.size > maxBytes) {
      const mib = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MiB`;
      throw new FileRefused(path, `it is too large (${mib(stat.size)}; the limit is ${mib(maxBytes)})`, what);
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (looksBinary(bytes)) throw new FileRefused(path, 'it is a binary file, not text or HTML', what);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Whether a file name says it is an HTML page. */
export const isHtmlName = (path: string): boolean => /^\.x?html?$/i.test(extname(path));

/** Extracts and settles the article of a saved HTML page read with readTextFile; `url` when the page does not say it. */
export async function extractPage(path: string, url?: string): Promise<ExtractResult> {
  const html = readTextFile(path);
  if (html.trim().length === 0) throw new FileRefused(path, 'it is empty');
  // Loaded only for HTML inputs: the DOM parser is the slowest part of starting the command.
  const [{ parseHtml, savedFrameDocument }, { extract }, { settleArticle }] = await Promise.all([
    import('./html'),
    import('../core/extract'),
    import('../core/outlet'),
  ]);
  const options = { frameDocument: savedFrameDocument, ...(url === undefined ? {} : { url }) };
  const result = extract(parseHtml(html), options);
  // Settled as the extension's worker settles a capture: the outlet named from the address when the page
  // declares none, entities decoded, impossible dates dropped.
  return result.ok ? { ok: true, article: settleArticle(result.article) } : result;
}

/** Reads a file as an Article: .html pages are extracted, anything else is plain text, a paragraph a line. */
export async function readArticle(path: string): Promise<Article> {
  if (isHtmlName(path)) {
    const result = await extractPage(path);
    if (!result.ok) throw new CliError(`${path}: ${result.message}`);
    return result.article;
  }
  const text = readTextFile(path);
  if (text.trim().length === 0) throw new FileRefused(path, 'it is empty');
  const article = articleFromText(text, { siteName: basename(path) });
  if (article.paragraphs.length === 0) throw new CliError(`${path} has no text`);
  // A text file declares no language: the text says it (English when too short to tell).
  return { ...article, lang: checkedLanguage(null, article.text) };
}
