// `storydiff compare`: two versions of a story in, a Comparison out (JSON, Markdown or HTML).
import { notYetAvailable } from '../errors';
import type { CliIO } from '../io';

/** Options of `storydiff compare`. */
export interface CompareOptions {
  json?: boolean;
  markdown?: boolean;
  html?: boolean;
  pairs?: string;
}

export async function runCompare(_files: string[], _options: CompareOptions, _io: CliIO): Promise<void> {
  notYetAvailable('storydiff compare');
}
