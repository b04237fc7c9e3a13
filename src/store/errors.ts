// Failures of the library that a reader is shown, worded for readers.

/** A library operation that failed; `message` can be shown to the reader as it is. */
export class LibraryError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'newer-backup' | 'bad-backup' | 'not-article' | 'failed',
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** The browser refused a write for lack of space. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export const QUOTA_MESSAGE =
  'Your browser has no more room for the StoryDiff library, so nothing was saved. ' +
  'Delete some stored articles (or export a backup and clear the library), then try again.';

/**
 * Aborts the transaction (so a half-done write leaves nothing behind) and rethrows: a quota refusal as a
 * reader-facing LibraryError, anything else as it is.
 */
export function explainWriteError(error: unknown, tx: { abort(): void; done: Promise<void> }): never {
  // The aborted transaction's own rejection is expected; the reader hears about `error` instead.
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was committed.
  }
  if (isQuotaError(error)) throw new LibraryError(QUOTA_MESSAGE, 'quota');
  throw error;
}
