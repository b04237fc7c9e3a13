// The details that differ across versions: each changed detail once, with this article's value and what
// each other version gives instead; a click on it shows the sentences, the evidence.
import type { Discrepancy, StoryReport } from '../../core/model';
import { detailLabel, editOf, formatTime, sourceNames, valueOrAbsent } from '../../core/export';

export function Discrepancies({
  report,
  items,
}: {
  report: StoryReport;
  items: StoryReport['discrepancies'];
}) {
  return (
    <ul class="change-list">
      {items.map((d, i) => (
        <li key={i} class={`change kind-${d.change.kind}`}>
          <details class="evidence">
            <summary class="values" title="Show the sentences">
              <span class="kind-label">{detailLabel(d.change)}</span> <Values report={report} d={d} />
            </summary>
            <p class="small">
              <strong>This article:</strong> {d.here.sentence}
            </p>
            {d.elsewhere.map((e, j) => (
              <p key={j} class="small">
                <strong>{sourceNames(report, e.versionIds)}:</strong> {e.sentence}
              </p>
            ))}
          </details>
        </li>
      ))}
    </ul>
  );
}

/** This article's value and the others'; for an edit of the page, the value before and after. */
function Values({ report, d }: { report: StoryReport; d: Discrepancy }) {
  const edit = editOf(report, d);
  if (edit)
    return (
      <>
        <span class="change-other">{valueOrAbsent(edit.before)}</span> →{' '}
        <span class="change-base">{valueOrAbsent(d.here.value)}</span>{' '}
        <span class="muted">(changed since {formatTime(edit.capturedAt)})</span>
      </>
    );
  return (
    <>
      {d.elsewhere.map((e, j) => (
        <span key={j}>
          <span class="change-other">{valueOrAbsent(e.value)}</span>{' '}
          <span class="muted">({sourceNames(report, e.versionIds)})</span>
          {' / '}
        </span>
      ))}
      <span class="change-base">{valueOrAbsent(d.here.value)}</span> <span class="muted">(this article)</span>
    </>
  );
}
