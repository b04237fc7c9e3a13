// Changed details between aligned sentences: the kind, this version's words, the other version's words.
import type { AlignedPair } from '../../core/model';
import { CHANGE_LABELS } from '../format';
import { DiffText } from './DiffText';

/** The aligned pairs that have at least one typed change, in base order. */
export function changedPairs(aligned: AlignedPair[]): AlignedPair[] {
  return aligned.filter((pair) => pair.changes.length > 0);
}

export function ChangeList({ pairs, otherLabel }: { pairs: AlignedPair[]; otherLabel: string }) {
  return (
    <ul class="change-list">
      {pairs.map((pair) => (
        <li key={pair.base.indices.join(',')} class="change">
          <ul class="change-kinds" aria-label="What differs">
            {pair.changes.map((change, i) => (
              <li key={i} class={`kind kind-${change.kind}`}>
                <span class="kind-label">{CHANGE_LABELS[change.kind]}</span>{' '}
                <span class="change-base">{change.base || '—'}</span>
                <span aria-hidden="true"> → </span>
                <span class="sr-only"> here; in {otherLabel}: </span>
                <span class="change-other">{change.other || '—'}</span>
              </li>
            ))}
          </ul>
          <p class="evidence small">
            <DiffText diff={pair.diff} side="both" />
          </p>
        </li>
      ))}
    </ul>
  );
}
