// `storydiff match`: find the versions of the same story in a library file.
import { notYetAvailable } from '../errors';
import type { CliIO } from '../io';

/** Options of `storydiff match`. */
export interface MatchOptions {
  library?: string;
  queries?: string;
  top?: string;
  json?: boolean;
}

export async function runMatch(
  _query: string | undefined,
  _options: MatchOptions,
  _io: CliIO,
): Promise<void> {
  notYetAvailable('storydiff match');
}
