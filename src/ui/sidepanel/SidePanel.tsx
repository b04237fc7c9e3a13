// The side panel: the full comparison of the article in the current tab with a version of the reader's
// choice, side by side, or every fact across all versions. It follows the tab and each new capture.
import { useEffect, useState } from 'preact/hooks';
import type { CaptureOutcome } from '../../shared/messages';
import { activeTab, browser, request } from '../../shared/browser-api';
import { ExportButtons } from '../components/ExportButtons';
import { DifferencesOnly } from '../components/DifferencesOnly';
import { PartialNotice } from '../components/PartialNotice';
import { useLoad } from '../components/useRequest';
import { useComparisonWith, VersionPicker, type Captured } from '../components/VersionPicker';
import { formatTime, likelihood, versionName } from '../format';
import { sourceNames } from '../../core/export';
import { Summary } from '../components/Summary';
import { AllVersions } from './AllVersions';
import { SideBySide } from './SideBySide';

async function currentOutcome(): Promise<CaptureOutcome | null> {
  const tab = await activeTab();
  return tab?.id === undefined ? null : request('getTabState', { tabId: tab.id });
}

/** Reloads whenever the reader switches tabs or the worker records a new capture. */
function useRefresh(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((t) => t + 1);
    browser.tabs.onActivated.addListener(bump);
    browser.storage.session.onChanged.addListener(bump);
    return () => {
      browser.tabs.onActivated.removeListener(bump);
      browser.storage.session.onChanged.removeListener(bump);
    };
  }, []);
  return tick;
}

export function SidePanel() {
  const state = useLoad(currentOutcome, [useRefresh()]);
  if (state.phase === 'loading') return <p class="muted pad">Loading…</p>;
  if (state.phase === 'failed')
    return (
      <p role="alert" class="pad">
        {state.message}
      </p>
    );
  const outcome = state.value;
  if (!outcome) {
    return (
      <div class="pad empty">
        <h1>StoryDiff</h1>
        <p>
          Click the StoryDiff icon on a news article: its comparison with the other versions appears here.
        </p>
      </div>
    );
  }
  if (outcome.status !== 'captured')
    return (
      <p role="alert" class="pad">
        {outcome.message}
      </p>
    );
  return <Story key={outcome.article.id} outcome={outcome} />;
}

function Story({ outcome }: { outcome: Captured }) {
  const { article, versions, related, report } = outcome;
  const [view, setView] = useState<'side-by-side' | 'all'>('side-by-side');
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const [selected, setSelected] = useState(outcome.comparedWith);
  const comparison = useComparisonWith(outcome, selected);
  const labelOf = (id: string) =>
    id === article.id ? `${article.outlet} (this)` : sourceNames(report, [id]);
  const other = [...versions, ...related].find((v) => v.id === selected);
  const isRelated = related.some((v) => v.id === selected);

  return (
    <div class="pad">
      <header class="story-header">
        <h1 data-testid="panel-title">{article.title}</h1>
        <p class="muted small">
          {[article.outlet, formatTime(article.publishedTime, false)].filter(Boolean).join(' · ')}
        </p>
        {outcome.partial && <PartialNotice words={article.words} />}
        {versions.length > 0 && <Summary report={report} />}
      </header>
      {versions.length === 0 && <p class="notice">No other version of this story is in your library yet.</p>}
      {versions.length + related.length > 0 && (
        <>
          <div class="toolbar" role="toolbar" aria-label="Comparison view">
            <div role="tablist" aria-label="View">
              <button
                type="button"
                role="tab"
                aria-selected={view === 'side-by-side'}
                onClick={() => setView('side-by-side')}
              >
                Side by side
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'all'}
                onClick={() => setView('all')}
                data-testid="all-versions-tab"
              >
                All versions
              </button>
            </div>
            {view === 'side-by-side' && (
              <>
                <label>
                  Compare with{' '}
                  <VersionPicker
                    versions={versions}
                    related={related}
                    selected={selected}
                    onSelect={setSelected}
                    testId="panel-version-picker"
                  />
                </label>
                <DifferencesOnly checked={differencesOnly} onChange={setDifferencesOnly} />
              </>
            )}
          </div>
          {view === 'all' ? (
            <AllVersions
              facts={outcome.facts}
              missing={report.missing}
              labelOf={labelOf}
              total={versions.length + 1}
            />
          ) : !selected ? (
            <p class="muted">Pick an article to compare with.</p>
          ) : comparison.phase === 'done' && comparison.value ? (
            <>
              <p class="small muted compared-note" data-testid="compared-note">
                {other?.sameUrl
                  ? `Changed since ${formatTime(other.capturedAt)}: this page as it is now, beside the capture then.`
                  : isRelated
                    ? `Compared on your request: ${other ? likelihood(other) : ''}, so perhaps another story.`
                    : `This article beside ${other ? versionName(other) : 'the other version'}.`}
              </p>
              <SideBySide
                comparison={comparison.value}
                differencesOnly={differencesOnly}
                baseLabel={article.outlet}
                otherLabel={other ? versionName(other) : 'Other version'}
                edit={other?.sameUrl === true}
              />
            </>
          ) : comparison.phase === 'failed' ? (
            <p role="alert">{comparison.message}</p>
          ) : (
            <p class="muted">Comparing…</p>
          )}
          {versions.length > 0 && <ExportButtons report={report} />}
        </>
      )}
    </div>
  );
}
