// A sentence with its word-level differences marked. Marks never rely on colour alone: removed words are
// struck through and inserted words underlined, each with a label for screen readers.
import type { DiffOp } from '../../core/model';

/** Which side of a pair to render: base keeps deletions, other keeps insertions, both keeps all. */
export type DiffSide = 'base' | 'other' | 'both';

export function DiffText({ diff, side }: { diff: DiffOp[]; side: DiffSide }) {
  return (
    <span class="diff-text">
      {diff.map((op, i) => {
        if (op.op === 'equal') return <span key={i}>{op.text}</span>;
        if (op.op === 'delete' && side !== 'other') {
          return (
            <del key={i} class="word">
              <span class="sr-only">[only in this version: </span>
              {op.text}
              <span class="sr-only">]</span>
            </del>
          );
        }
        if (op.op === 'insert' && side !== 'base') {
          return (
            <ins key={i} class="word">
              <span class="sr-only">[only in the other version: </span>
              {op.text}
              <span class="sr-only">]</span>
            </ins>
          );
        }
        return null;
      })}
    </span>
  );
}
