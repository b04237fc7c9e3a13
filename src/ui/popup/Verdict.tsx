// The verdict for a captured article: what it is, which versions exist, and what differs from them.
import { useEffect, useState } from 'preact/hooks';
import type { Comparison } from '../../core/model';
import { ChangeList, changedPairs } from '../components/ChangeList';
import { ExportButtons } from '../components/ExportButtons';
import { FactList } from '../components/FactList';
import { PartialNotice } from '../components/PartialNotice';
import { useComparisonWith, VersionPicker, type Captured } from '../components/VersionPicker';
import { formatTime, plural } from '../format';

export function Verdict({ outcome }: { outcome: Captured }) {
  const { article, versions } = outcome;
  const [selected, setSelected] = useState(outcome.comparedWith);
  const comparison = useComparisonWith(outcome, selected);
  const outletOf = (id: string) => versions.find((v) => v.id === id)?.outlet ?? 'another version';
  const selectedVersion = versions.find((v) => v.id === selected);

  return (
    <>
      <section class="this-article" aria-label="This article">
        <h1 class="article-title" data-testid="article-title">
          {article.title || 'Untitled article'}
        </h1>
        <p class="muted small">
          {[article.outlet, formatTime(article.publishedTime, false)].filter(Boolean).join(' · ')}
        </p>
        {outcome.partial && <PartialNotice words={article.words} />}
      </section>

      {versions.length === 0 ? (
        <p class="notice" data-testid="no-versions">
          No other version of this story is in your library yet. This article is saved: StoryDiff will compare
          it with the next version you read.
        </p>
      ) : (
        <>
          <section aria-labelledby="missing-heading" class="missing">
            <h2 id="missing-heading" data-testid="missing-count">
              {outcome.missing.length === 0
                ? 'You are not missing any fact the other versions report'
                : `${plural(outcome.missing.length, 'fact')} you are missing`}
            </h2>
            <FactList
              kind="missing"
              facts={outcome.missing.map((fact) => ({
                text: fact.text,
                sources: fact.versionIds.map(outletOf),
              }))}
            />
          </section>

          <label class="compare-with small">
            {plural(versions.length, 'other version')} found. Compare with{' '}
            <VersionPicker
              versions={versions}
              selected={selected}
              onSelect={setSelected}
              testId="version-picker"
            />
          </label>

          {comparison.phase === 'loading' && <p class="muted">Comparing…</p>}
          {comparison.phase === 'failed' && <p role="alert">{comparison.message}</p>}
          {comparison.phase === 'done' && comparison.value && (
            <ComparedWith
              comparison={comparison.value}
              otherLabel={selectedVersion?.outlet ?? 'the other version'}
            />
          )}
        </>
      )}
    </>
  );
}

function ComparedWith({ comparison, otherLabel }: { comparison: Comparison; otherLabel: string }) {
  const changes = changedPairs(comparison.aligned);
  // The moment the first comparison is on screen: the benchmark reads it (click to comparison drawn).
  useEffect(() => void performance.mark('storydiff:comparison-drawn'), []);
  return (
    <>
      <section aria-labelledby="only-heading">
        <h2 id="only-heading">
          Only in this article <span class="count">({comparison.onlyInBase.length})</span>
        </h2>
        {comparison.onlyInBase.length === 0 ? (
          <p class="muted small">Everything here is also in {otherLabel}.</p>
        ) : (
          <FactList
            kind="only-here"
            facts={comparison.onlyInBase.map((s) => ({ text: s.text, sources: [] }))}
          />
        )}
      </section>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">
          Details that differ from {otherLabel} <span class="count">({changes.length})</span>
        </h2>
        {changes.length === 0 ? (
          <p class="muted small">No number, date, name or quote differs.</p>
        ) : (
          <ChangeList pairs={changes} otherLabel={otherLabel} />
        )}
      </section>
      <ExportButtons comparison={comparison} />
    </>
  );
}
