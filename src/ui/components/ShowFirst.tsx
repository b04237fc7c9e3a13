// A long list shown by its first items, the rest one click away.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function ShowFirst<T>(props: {
  items: T[];
  first: number;
  /** What the button names: "facts", "details". */
  noun: string;
  render: (shown: T[]) => ComponentChildren;
  /** Shown only with the full list (fragments set aside, for instance). */
  extra?: ComponentChildren;
}) {
  const { items, first, noun, render, extra } = props;
  const [all, setAll] = useState(false);
  const hidden = items.length - first;
  return (
    <>
      {render(all ? items : items.slice(0, first))}
      {all && extra}
      {(hidden > 0 || (extra && !all)) && (
        <button type="button" class="link-button small" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${hidden > 0 ? `${items.length} ` : ''}${noun}`}
        </button>
      )}
    </>
  );
}
