// Choosing the version to compare with, as the popup and the side panel both offer it: the picker, and the
// comparison with the chosen version (the closest one came with the capture; others are asked of the worker).
import type { Comparison } from '../../core/model';
import type { CaptureOutcome, VersionFound } from '../../shared/messages';
import { request } from '../../shared/browser-api';
import { likelihood, versionLine, versionName } from '../format';
import { useLoad, type Loadable } from './useRequest';

/** A capture that found an article. */
export type Captured = Extract<CaptureOutcome, { status: 'captured' }>;

/**
 * The comparison of the captured article with `selected`. The closest version's is drawn at once from the
 * capture, not a frame later through a request state: the click-to-comparison time is what readers wait for.
 */
export function useComparisonWith(outcome: Captured, selected: string | null): Loadable<Comparison | null> {
  const closest = !selected || selected === outcome.comparedWith;
  const asked = useLoad<Comparison | null>(
    async () =>
      closest ? null : request('compareArticles', { baseId: outcome.article.id, otherId: selected }),
    [selected],
  );
  return closest ? { phase: 'done', value: outcome.comparison } : asked;
}

/**
 * The versions found, each with its match figure, and apart from them the possibly related articles (an
 * article there is compared only when the reader picks it).
 */
export function VersionPicker({
  versions,
  related = [],
  selected,
  onSelect,
  testId,
}: {
  versions: VersionFound[];
  related?: VersionFound[];
  selected: string | null;
  onSelect: (id: string) => void;
  testId: string;
}) {
  return (
    <select
      value={selected ?? ''}
      onChange={(event) => onSelect((event.target as HTMLSelectElement).value)}
      data-testid={testId}
    >
      <optgroup label="Versions">
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionLine(v)}
          </option>
        ))}
      </optgroup>
      {related.length > 0 && (
        <optgroup label="Possibly related (perhaps another story)">
          {related.map((v) => (
            <option key={v.id} value={v.id}>
              {versionName(v)} · {likelihood(v)}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
