// Records an upgrade of the library could not carry over: listed so the reader knows, kept in backups.
import { request } from '../../shared/browser-api';
import { useLoad } from '../components/useRequest';
import { formatTime, plural } from '../format';

export function Damaged({ version }: { version: number }) {
  const list = useLoad(() => request('listDamaged', {}), [version]);
  if (list.phase !== 'done' || list.value.length === 0) return null;
  return (
    <details class="damaged" data-testid="damaged-records">
      <summary>
        {plural(list.value.length, 'damaged record')} set aside when StoryDiff was updated. They are kept, and
        included when you back up the library.
      </summary>
      <ul>
        {list.value.map((d) => (
          <li key={`${d.store}:${d.key}`}>
            {d.store === 'articles' ? 'Article' : 'Earlier version'} <code>{d.key}</code>: {d.reason} (
            {formatTime(d.setAsideAt)})
          </li>
        ))}
      </ul>
    </details>
  );
}
