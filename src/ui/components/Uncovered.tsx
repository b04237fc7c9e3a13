// What one side of an aligned pair says that the other does not: clauses folded into a longer sentence.
import type { AlignedPair } from '../../core/model';

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
