// Small labels naming what differs in an aligned pair: "Number: 20 → 25".
import type { Change } from '../../core/model';
import { detailLabel } from '../format';

export function ChangeKinds({ changes }: { changes: Change[] }) {
  return (
    <span class="change-kinds-inline">
      {changes.map((change, i) => (
        <span key={i} class={`kind-chip kind-${change.kind}`}>
          {detailLabel(change)}: {change.base || '—'} → {change.other || '—'}
        </span>
      ))}
    </span>
  );
}
