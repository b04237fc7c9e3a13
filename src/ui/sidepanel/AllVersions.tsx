// Every fact of the story with the outlets that carry it: this article's facts, then those it lacks.
import type { FactAcrossVersions } from '../../core/model';

export function AllVersions(props: {
  facts: FactAcrossVersions[];
  missing: FactAcrossVersions[];
  labelOf: (id: string) => string;
  total: number;
}) {
  const { facts, missing, labelOf, total } = props;
  const row = (fact: FactAcrossVersions, i: number, kind: 'here' | 'missing') => (
    <tr key={`${kind}-${i}`} class={kind === 'missing' ? 'row-only-other' : ''}>
      <td>
        {kind === 'missing' && <span class="row-label">Missing here</span>} {fact.text}
      </td>
      <td class="carriers small">
        <span class="carrier-count">
          {fact.versionIds.length} of {total}
        </span>{' '}
        {fact.versionIds.map(labelOf).join(', ')}
      </td>
    </tr>
  );
  return (
    <table class="all-versions" data-testid="all-versions">
      <thead>
        <tr>
          <th scope="col">Fact</th>
          <th scope="col">Reported by</th>
        </tr>
      </thead>
      <tbody>
        {missing.map((fact, i) => row(fact, i, 'missing'))}
        {facts.map((fact, i) => row(fact, i, 'here'))}
      </tbody>
    </table>
  );
}
