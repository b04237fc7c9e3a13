// Both versions aligned sentence by sentence, word-level differences marked, unmatched sentences labelled.
import type { Comparison } from '../../core/model';
import { ChangeKinds } from '../components/ChangeKinds';
import { Uncovered } from '../components/Uncovered';
import { DiffText } from '../components/DiffText';
import { differs } from '../differs';
import { sideBySideRows } from './rows';

export function SideBySide(props: {
  comparison: Comparison;
  differencesOnly: boolean;
  baseLabel: string;
  otherLabel: string;
  /** True when the other side is an earlier capture of this page: its differences are edits. */
  edit: boolean;
}) {
  const { comparison, differencesOnly, baseLabel, otherLabel, edit } = props;
  const rows = sideBySideRows(comparison, differencesOnly);
  return (
    <table class="side-by-side" data-testid="side-by-side">
      <thead>
        <tr>
          <th scope="col">This article · {baseLabel}</th>
          <th scope="col">{otherLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          if (row.kind === 'pair') {
            return (
              <tr key={i} class={differs(row.pair) ? 'row-changed' : 'row-same'}>
                <td>
                  <DiffText diff={row.pair.diff} side="base" edit={edit} />
                  {row.pair.changes.length > 0 && <ChangeKinds changes={row.pair.changes} />}
                  <Uncovered pair={row.pair} otherLabel={otherLabel} />
                </td>
                <td>
                  <DiffText diff={row.pair.diff} side="other" edit={edit} />
                </td>
              </tr>
            );
          }
          if (row.kind === 'only-base') {
            return (
              <tr key={i} class="row-only-base">
                <td>
                  <span class="row-label">{edit ? 'New' : 'Only here'}</span> {row.sentence.text}
                </td>
                <td class="gap" aria-label={`Not in ${otherLabel}`} />
              </tr>
            );
          }
          return (
            <tr key={i} class="row-only-other">
              <td class="gap" aria-label="Missing from this article" />
              <td>
                <span class="row-label">{edit ? 'Removed' : 'Missing here'}</span> {row.sentence.text}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
