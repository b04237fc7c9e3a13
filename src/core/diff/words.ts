// Word-level diff inside one aligned pair, always bounded: jsdiff gives up past an edit budget and the pair is
// then shown as one sentence replaced by the other, which is what a reader would see anyway.
//
// Why jsdiff's diffArrays over our own word tokens rather than diffWords: the same Myers diff over half the
// tokens (no whitespace tokens, no whitespace clean-up pass), measured three times faster on the seed pairs,
// which is most of the time of `compare --pairs`. The spacing convention of diffWords is kept: whitespace goes
// with the common text, so that a changed word is highlighted without its spaces.
import { diffArrays } from 'diff';
import type { DiffOp } from '../model';

/** Most word edits jsdiff may explore before giving up (bounds time to O((n + m) · budget)). */
export const MAX_EDIT_LENGTH = 120;
/** Sides longer than this are not diffed at all: one sentence replaced by the other. */
export const MAX_DIFF_CHARS = 4000;

/** Words (with inner apostrophes, hyphens, dots and commas) and single marks of punctuation. */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.,][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

function tokensOf(text: string): Tokens {
  const t: Tokens = { words: [], starts: [], ends: [] };
  for (const m of text.matchAll(TOKEN)) {
    t.words.push(m[0]);
    t.starts.push(m.index);
    t.ends.push(m.index + m[0].length);
  }
  return t;
}

function replaced(base: string, other: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (base.length > 0) ops.push({ op: 'delete', text: base });
  if (other.length > 0) ops.push({ op: 'insert', text: other });
  return ops;
}

/** A stretch of tokens common to both sides: [from, to) into base tokens and into other tokens. */
interface Common {
  base: [number, number];
  other: [number, number];
}

/** Longest common prefix of a and b made of whitespace. */
function sharedSpace(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n] && /\s/.test(a[n] as string)) n++;
  return n;
}

/** Longest common suffix of a and b made of whitespace. */
function sharedSpaceEnd(a: string, b: string): number {
  let n = 0;
  while (
    n < a.length &&
    n < b.length &&
    a[a.length - 1 - n] === b[b.length - 1 - n] &&
    /\s/.test(a[a.length - 1 - n] as string)
  )
    n++;
  return n;
}

/** Appends a piece, merging it with the previous one of the same kind. */
function push(out: DiffOp[], op: DiffOp['op'], text: string): void {
  if (text.length === 0) return;
  const last = out[out.length - 1];
  if (last?.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * The diff as text pieces. Between two common stretches, what base has there is deleted and what other has is
 * inserted; whitespace both share at the edges stays with the common text, as diffWords does, so a changed
 * word is highlighted without its spaces and each side reads back exactly.
 */
function pieces(common: Common[], base: string, other: string, bt: Tokens, ot: Tokens): DiffOp[] {
  const out: DiffOp[] = [];
  let b = 0;
  let o = 0;
  const gap = (bEnd: number, oEnd: number) => {
    let del = base.slice(b, bEnd);
    let ins = other.slice(o, oEnd);
    const lead = sharedSpace(del, ins);
    push(out, 'equal', del.slice(0, lead));
    del = del.slice(lead);
    ins = ins.slice(lead);
    const trail = sharedSpaceEnd(del, ins);
    push(out, 'delete', del.slice(0, del.length - trail));
    push(out, 'insert', ins.slice(0, ins.length - trail));
    push(out, 'equal', del.slice(del.length - trail));
  };
  for (const c of common) {
    gap(bt.starts[c.base[0]] as number, ot.starts[c.other[0]] as number);
    b = bt.ends[c.base[1] - 1] as number;
    o = ot.ends[c.other[1] - 1] as number;
    push(out, 'equal', base.slice(bt.starts[c.base[0]], b));
  }
  gap(base.length, other.length);
  return out;
}

function readsBack(ops: DiffOp[], base: string, other: string): boolean {
  const side = (skip: DiffOp['op']) =>
    ops
      .filter((x) => x.op !== skip)
      .map((x) => x.text)
      .join('');
  return side('insert') === base && side('delete') === other;
}

/** Word diff from base to other; falls back to whole-sentence replacement when the edit budget runs out. */
export function wordDiff(base: string, other: string, maxEditLength = MAX_EDIT_LENGTH): DiffOp[] {
  if (base === other) return base.length > 0 ? [{ op: 'equal', text: base }] : [];
  if (base.length > MAX_DIFF_CHARS || other.length > MAX_DIFF_CHARS) return replaced(base, other);
  const bt = tokensOf(base);
  const ot = tokensOf(other);
  const changes = diffArrays(bt.words, ot.words, { maxEditLength });
  if (changes === undefined) return replaced(base, other);
  const common: Common[] = [];
  let b = 0;
  let o = 0;
  for (const c of changes) {
    const n = c.value.length;
    if (c.added) o += n;
    else if (c.removed) b += n;
    else {
      common.push({ base: [b, b + n], other: [o, o + n] });
      b += n;
      o += n;
    }
  }
  const ops = pieces(common, base, other, bt, ot);
  // Common words spaced differently on the two sides cannot be one piece of text: show the replacement.
  return readsBack(ops, base, other) ? ops : replaced(base, other);
}
