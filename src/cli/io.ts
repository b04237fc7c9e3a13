// The streams a command writes to, passed in so tests can capture output without spawning a process.

/** Where a command writes its results (stdout) and its one-line failures (stderr). */
export interface CliIO {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
}

// A reader piping into `head` closes the pipe early: that ends the output, it is not a failure to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The process's real streams. */
export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};
