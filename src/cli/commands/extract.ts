// `storydiff extract`: pages in, one Article per line out.
import { notYetAvailable } from '../errors';
import type { CliIO } from '../io';

/** Options of `storydiff extract`. */
export interface ExtractOptions {
  json?: boolean;
  url?: string;
}

export async function runExtract(_files: string[], _options: ExtractOptions, _io: CliIO): Promise<void> {
  notYetAvailable('storydiff extract');
}
