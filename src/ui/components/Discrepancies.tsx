// The details that differ across versions: each changed detail once, with this article's value and what
// each other version gives instead, and the sentences as evidence one click away.
import type { StoryReport } from '../../core/model';
import { detailLabel, sourceNames, valueOrAbsent } from '../../core/export';

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
          <p class="values">
            <span class="kind-label">{detailLabel(d.change)}</span>{' '}
            <span class="change-base">{valueOrAbsent(d.here.value)}</span>{' '}
            <span class="muted">(this article)</span>
            {d.elsewhere.map((e, j) => (
              <span key={j}>
                {' / '}
                <span class="change-other">{valueOrAbsent(e.value)}</span>{' '}
                <span class="muted">({sourceNames(report, e.versionIds)})</span>
              </span>
            ))}
          </p>
          <details class="evidence small">
            <summary>The sentences</summary>
            <p>
              <strong>This article:</strong> {d.here.sentence}
            </p>
            {d.elsewhere.map((e, j) => (
              <p key={j}>
                <strong>{sourceNames(report, e.versionIds)}:</strong> {e.sentence}
              </p>
            ))}
          </details>
        </li>
      ))}
    </ul>
  );
}
