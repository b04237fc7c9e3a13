// Small labels naming what differs in an aligned pair: "Number: 20 → 25".
import { changeLabel } from '../../core/export/labels';
import type { Change } from '../../core/model';
import { CHANGE_LABELS } from '../format';

export function ChangeKinds({ changes }: { changes: Change[] }) {
  return (
    <span class="change-kinds-inline">
      {changes.map((change, i) => (
        <span key={i} class={`kind-chip kind-${change.kind}`}>
          {changeLabel(change, CHANGE_LABELS[change.kind])}: {change.base || '—'} → {change.other || '—'}
        </span>
      ))}
    </span>
  );
}
