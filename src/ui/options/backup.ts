// Back up and restore from the options page itself, reading and writing the library's IndexedDB a batch
// at a time (see store/stream.ts): no runtime message carries the library, so its size has no limit, and
// the page holds one batch of text at a time (the file is assembled from Blobs, which the browser may keep
// on disk).
import { request } from '../../shared/browser-api';
import { openLibrary, type Library } from '../../store/library';
import type { ImportReport } from '../../store/backup';

let opened: Promise<Library> | null = null;
const library = () => (opened ??= openLibrary(indexedDB));

/** The library as one backup file (a Blob), with progress as records are read. */
export async function backUp(
  onProgress: (done: number, total: number) => void,
): Promise<{ file: Blob; count: number }> {
  const parts: Blob[] = [];
  let count = 0;
  for await (const piece of (await library()).exportPieces((p) => {
    count = p.total ?? p.done;
    onProgress(p.done, count);
  }))
    parts.push(new Blob([piece]));
  return { file: new Blob(parts, { type: 'application/json' }), count };
}

/**
 * Restores a backup file into the library, read as a stream; then the worker indexes what is new, a slice
 * at a time (minutes for 100,000), with `onIndexed` told how many so far: the reader need not wait for it.
 */
export async function restore(
  file: File,
  onProgress: (done: number) => void,
  onIndexed: (indexed: number, done: boolean) => void = () => undefined,
): Promise<ImportReport> {
  const text = file.stream().pipeThrough(new TextDecoderStream());
  const report = await (await library()).importStream(iterate(text), (p) => onProgress(p.done));
  void indexRestored(onIndexed).catch(() => undefined);
  return report;
}

/** Asks the worker to index restored articles until it has them all; answers how many it indexed. */
export async function indexRestored(onIndexed: (indexed: number, done: boolean) => void): Promise<number> {
  let total = 0;
  for (;;) {
    const { indexed, done } = await request('libraryRestored', {});
    total += indexed;
    onIndexed(total, done);
    if (done) return total;
  }
}

async function* iterate(stream: ReadableStream<string>): AsyncGenerator<string> {
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
}
