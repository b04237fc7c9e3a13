// Sentences one version reports and another lacks, each with the outlets that carry it.

/** A fact to list: its sentence and where it comes from. */
export interface ListedFact {
  /** The sentence. */
  text: string;
  /** Outlet labels carrying it. */
  sources: string[];
}

export function FactList({ facts, kind }: { facts: ListedFact[]; kind: 'missing' | 'only-here' }) {
  return (
    <ul class={`fact-list fact-${kind}`}>
      {facts.map((fact, i) => (
        <li key={i} class="fact">
          <span class="fact-marker" aria-hidden="true">
            {kind === 'missing' ? '+' : '•'}
          </span>
          <span class="fact-text">{fact.text}</span>
          {fact.sources.length > 0 && (
            <span class="fact-sources small">
              {kind === 'missing' ? 'Reported by ' : ''}
              {fact.sources.join(', ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
