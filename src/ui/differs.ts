// What counts as a difference worth showing in an aligned pair.
import type { AlignedPair } from '../core/model';

/** Whether an aligned pair differs in a way the reader is shown: a typed change or a clause one side lacks. */
export function differs(pair: AlignedPair): boolean {
  return pair.changes.length > 0 || (pair.uncovered?.length ?? 0) > 0;
}
