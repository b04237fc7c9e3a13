// The counts the reader sees first: versions, details that differ, facts missing, facts only here.
import type { StoryReport } from '../../core/model';
import { summaryParts } from '../../core/export';

export function Summary({ report }: { report: StoryReport }) {
  return (
    <p class="summary" data-testid="summary">
      {summaryParts(report).map((part, i) => (
        <span key={i} class="summary-part">
          {part}
        </span>
      ))}
    </p>
  );
}
