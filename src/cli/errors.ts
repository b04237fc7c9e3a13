// Errors the command line reports in one line on stderr, with the exit code they carry.

/** A failure the user should read: exit code 1 for a failed run, 2 for a usage error. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Thrown by subcommands whose capability has not landed yet. */
export function notYetAvailable(what: string): never {
  throw new CliError(`${what} is not yet available in this version of storydiff`);
}
