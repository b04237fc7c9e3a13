// "Changed since you read it": articles the reader read whose page was edited afterwards, found by the
// re-checks (background/feeds/recheck.ts), each with the text read and the new one side by side.
import { request } from '../../shared/browser-api';
import { useLoad } from '../components/useRequest';
import { compareHref } from '../library-links';

export function Changed() {
  const changed = useLoad(() => request('listChanged', {}), []);
  if (changed.phase !== 'done' || changed.value.length === 0) return null;
  return (
    <section aria-labelledby="changed-heading" data-testid="changed">
      <h2 id="changed-heading">Changed since you read it</h2>
      <ul class="followed">
        {changed.value.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong>{' '}
            <span class="small muted">changed, found {new Date(c.foundAt).toLocaleString()}</span>{' '}
            <a href={compareHref(c.readId, c.id)}>What changed</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
