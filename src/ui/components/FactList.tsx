// Facts of the story, each with the outlets that carry it and the other wordings folded into it.
import type { StoryFact, StoryReport } from '../../core/model';
import { sourceNames } from '../../core/export';

export function FactList(props: {
  facts: Pick<StoryFact, 'text' | 'versionIds' | 'folded'>[];
  kind: 'missing' | 'only-here' | 'fragment';
  report: Pick<StoryReport, 'versions' | 'related'>;
}) {
  const { facts, kind, report } = props;
  return (
    <ul class={`fact-list fact-${kind}`}>
      {facts.map((fact, i) => (
        <li key={i} class="fact">
          <span class="fact-marker" aria-hidden="true">
            {kind === 'only-here' ? '•' : '+'}
          </span>
          <span class="fact-text">{fact.text}</span>
          {fact.versionIds.length > 0 && (
            <span class="fact-sources small">
              {kind === 'missing' ? 'Reported by ' : ''}
              {sourceNames(report, fact.versionIds)}
            </span>
          )}
          {fact.folded.length > 0 && (
            <details class="fact-folded small">
              <summary>
                Also worded {fact.folded.length === 1 ? 'once more' : `${fact.folded.length} more ways`}
              </summary>
              <ul>
                {fact.folded.map((w, j) => (
                  <li key={j}>
                    “{w.text}” — {sourceNames(report, w.versionIds)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
