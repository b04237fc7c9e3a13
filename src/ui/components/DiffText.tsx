// A sentence with its word-level differences marked. Marks never rely on colour alone. Between two outlets
// the words are only each one's own wording (marked, underlined dotted, labelled "only in …"); only between
// captures of the same page are they an edit, struck through when removed and underlined when added.
import type { DiffOp } from '../../core/model';

/** Which side of a pair to render: base keeps deletions, other keeps insertions, both keeps all. */
export type DiffSide = 'base' | 'other' | 'both';

export function DiffText({ diff, side, edit = false }: { diff: DiffOp[]; side: DiffSide; edit?: boolean }) {
  return (
    <span class="diff-text">
      {diff.map((op, i) => {
        if (op.op === 'equal') return <span key={i}>{op.text}</span>;
        if (op.op === 'delete' && side !== 'other') {
          const label = edit ? 'removed since' : 'only in this version';
          const Tag = edit ? 'del' : 'mark';
          return (
            <Tag key={i} class="word word-base">
              <span class="sr-only">[{label}: </span>
              {op.text}
              <span class="sr-only">]</span>
            </Tag>
          );
        }
        if (op.op === 'insert' && side !== 'base') {
          const label = edit ? 'added since' : 'only in the other version';
          const Tag = edit ? 'ins' : 'mark';
          return (
            <Tag key={i} class="word word-other">
              <span class="sr-only">[{label}: </span>
              {op.text}
              <span class="sr-only">]</span>
            </Tag>
          );
        }
        return null;
      })}
    </span>
  );
}
