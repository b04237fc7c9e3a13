// Word-level diff inside one aligned pair, always bounded: jsdiff gives up past an edit budget and the pair is
// then shown as one sentence replaced by the other, which is what a reader would see anyway.
import { diffWords } from 'diff';
import type { DiffOp } from '../model';

/** Most word edits jsdiff may explore before giving up (bounds time to O((n + m) · budget)). */
export const MAX_EDIT_LENGTH = 120;
/** Sides longer than this are not diffed at all: one sentence replaced by the other. */
export const MAX_DIFF_CHARS = 4000;

function replaced(base: string, other: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (base.length > 0) ops.push({ op: 'delete', text: base });
  if (other.length > 0) ops.push({ op: 'insert', text: other });
  return ops;
}

/** Word diff from base to other; falls back to whole-sentence replacement when the edit budget runs out. */
export function wordDiff(base: string, other: string, maxEditLength = MAX_EDIT_LENGTH): DiffOp[] {
  if (base === other) return base.length > 0 ? [{ op: 'equal', text: base }] : [];
  if (base.length > MAX_DIFF_CHARS || other.length > MAX_DIFF_CHARS) return replaced(base, other);
  const changes = diffWords(base, other, { maxEditLength });
  if (changes === undefined) return replaced(base, other);
  return changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}
