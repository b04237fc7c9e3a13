// `storydiff feed`: a saved feed (RSS, Atom, JSON Feed) read by the extension's own parser, one item per
// line as JSON, so what the extension will make of an outlet's feed can be checked from a shell.
import { FeedError, decodeFeed, readFeed } from '../../core/feed';
import { CliError } from '../errors';
import type { CliIO } from '../io';
import { readTextBytes } from '../read';

/** Options of `storydiff feed`. */
export interface FeedOptions {
  /** The address the feed was saved from: the base of its relative links. */
  url?: string;
}

export async function runFeed(file: string, options: FeedOptions, io: CliIO): Promise<void> {
  if (options.url !== undefined && !/^https?:\/\//i.test(options.url))
    throw new CliError(`--url must be an http(s) address, not "${options.url}"`, 2);
  const text = decodeFeed(readTextBytes(file, undefined, 'feed file'));
  let feed;
  try {
    feed = readFeed(text, options.url ?? null);
  } catch (error) {
    if (error instanceof FeedError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  for (const item of feed.items) {
    const { id, title, link, published, author, summary } = item;
    io.out(
      `${JSON.stringify({ feed: feed.title, format: feed.format, id, title, link, published, author, summary })}\n`,
    );
  }
}
