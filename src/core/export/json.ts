// The Comparison as JSON: the same object the UI renders, nothing recomputed.
import type { Comparison } from '../model';

/** Serialises a Comparison; `indent` for people, none for JSON lines. */
export function toJson(c: Comparison, indent?: number): string {
  return JSON.stringify(c, null, indent);
}
