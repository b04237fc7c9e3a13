// The story across versions as the popup shows it: the summary first, then the details that differ, the
// facts this article is missing (weightiest first) and those only it has, each list's rest one click away.
import { useEffect } from 'preact/hooks';
import type { StoryReport } from '../../core/model';
import { headings, isUpdatedPage } from '../../core/export';
import { Discrepancies } from './Discrepancies';
import { FactList } from './FactList';
import { ShowFirst } from './ShowFirst';
import { Summary } from './Summary';

/** How many of each list the popup shows before "Show all". */
const FIRST = { discrepancies: 3, missing: 5, onlyHere: 3 };

export function StoryBody({ report }: { report: StoryReport }) {
  const words = headings(report);
  const updated = isUpdatedPage(report);
  // The moment the comparison is on screen: the benchmark reads it (click to comparison drawn).
  useEffect(() => void performance.mark('storydiff:comparison-drawn'), []);
  const fragments =
    report.fragments.length > 0 ? (
      <>
        <h3 class="small muted">{words.fragments}</h3>
        <FactList
          kind="fragment"
          report={report}
          facts={report.fragments.map((f) => ({ ...f, folded: [] }))}
        />
      </>
    ) : undefined;
  return (
    <>
      <Summary report={report} />
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">
          {words.discrepancies} <span class="count">({report.discrepancies.length})</span>
        </h2>
        {report.discrepancies.length === 0 ? (
          <p class="muted small">No figure, date, name or quote differs.</p>
        ) : (
          <ShowFirst
            items={report.discrepancies}
            first={FIRST.discrepancies}
            noun="details"
            render={(shown) => <Discrepancies report={report} items={shown} />}
          />
        )}
      </section>
      <section aria-labelledby="missing-heading" class="missing">
        <h2 id="missing-heading" data-testid="missing-count">
          {words.missing} <span class="count">({report.missing.length})</span>
        </h2>
        {report.missing.length === 0 && (
          <p class="muted small">
            {updated
              ? 'Nothing the earlier version said is gone.'
              : 'Nothing the other versions report is missing here.'}
          </p>
        )}
        <ShowFirst
          items={report.missing}
          first={FIRST.missing}
          noun="facts"
          extra={fragments}
          render={(shown) => <FactList kind="missing" report={report} facts={shown} />}
        />
      </section>
      <section aria-labelledby="only-heading">
        <h2 id="only-heading">
          {words.onlyHere} <span class="count">({report.onlyHere.length})</span>
        </h2>
        {report.onlyHere.length === 0 ? (
          <p class="muted small">
            {updated ? 'Nothing new.' : 'Everything here is also in another version.'}
          </p>
        ) : (
          <ShowFirst
            items={report.onlyHere}
            first={FIRST.onlyHere}
            noun="facts"
            render={(shown) => <FactList kind="only-here" report={report} facts={shown} />}
          />
        )}
      </section>
    </>
  );
}
