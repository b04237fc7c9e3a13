// Changed details between aligned sentences: the kind, this version's words, the other version's words.
import { changeLabel } from '../../core/export/labels';
import type { AlignedPair } from '../../core/model';
import { CHANGE_LABELS } from '../format';
import { DiffText } from './DiffText';
import { differs } from '../differs';

/** The aligned pairs with a typed change or a clause one side lacks, in base order. */
export function changedPairs(aligned: AlignedPair[]): AlignedPair[] {
  return aligned.filter(differs);
}

export function ChangeList({ pairs, otherLabel }: { pairs: AlignedPair[]; otherLabel: string }) {
  return (
    <ul class="change-list">
      {pairs.map((pair) => (
        <li key={pair.base.indices.join(',')} class="change">
          <ul class="change-kinds" aria-label="What differs">
            {pair.changes.map((change, i) => (
              <li key={i} class={`kind kind-${change.kind}`}>
                <span class="kind-label">{changeLabel(change, CHANGE_LABELS[change.kind])}</span>{' '}
                <span class="change-base">{change.base || '—'}</span>
                <span aria-hidden="true"> → </span>
                <span class="sr-only"> here; in {otherLabel}: </span>
                <span class="change-other">{change.other || '—'}</span>
              </li>
            ))}
          </ul>
          <Uncovered pair={pair} otherLabel={otherLabel} />
          <p class="evidence small">
            <DiffText diff={pair.diff} side="both" />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Clauses one side of a pair says and the other does not: a detail folded into a longer sentence. */
export function Uncovered({ pair, otherLabel }: { pair: AlignedPair; otherLabel: string }) {
  if (!pair.uncovered?.length) return null;
  return (
    <ul class="uncovered-list">
      {pair.uncovered.map((clause, i) => (
        <li key={i} class={`uncovered uncovered-${clause.side}`}>
          <span class="kind-label">{clause.side === 'other' ? `Only in ${otherLabel}` : 'Only here'}</span> “
          {clause.text}”
        </li>
      ))}
    </ul>
  );
}
