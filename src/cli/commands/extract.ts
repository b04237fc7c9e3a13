// `storydiff extract`: pages in, one Article per line out; pages that are not articles are reported and
// make the run fail at the end, after every other file has been printed.
import { CliError } from '../errors';
import type { CliIO } from '../io';
import { FileRefused, extractPage } from '../read';

/** Options of `storydiff extract`. */
export interface ExtractOptions {
  json?: boolean;
  url?: string;
}

/** The line printed for one file: the Article's fields in the documented order, or the reason there is none. */
async function line(file: string, url: string | undefined): Promise<{ text: string; ok: boolean }> {
  let result;
  try {
    result = await extractPage(file, url);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    return { text: JSON.stringify({ file, error: error.reason }), ok: false };
  }
  if (!result.ok) return { text: JSON.stringify({ file, error: result.message }), ok: false };
  const a = result.article;
  const fields = {
    file,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    publishedTime: a.publishedTime,
    modifiedTime: a.modifiedTime,
    lang: a.lang,
    leadImageUrl: a.leadImageUrl,
    ...(a.partial ? { partial: true } : {}),
    paragraphs: a.paragraphs,
    text: a.text,
  };
  return { text: JSON.stringify(fields), ok: true };
}

export async function runExtract(files: string[], options: ExtractOptions, io: CliIO): Promise<void> {
  if (options.url !== undefined && !/^https?:\/\//i.test(options.url))
    throw new CliError(`--url must be an http(s) address, not "${options.url}"`, 2);
  let failed = 0;
  for (const file of files) {
    const { text, ok } = await line(file, options.url);
    io.out(`${text}\n`);
    if (!ok) failed++;
  }
  if (failed > 0) throw new CliError(`${failed} of ${files.length} files gave no article`);
}
