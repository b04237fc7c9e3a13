// The versions found, each with its link, date and match figure; apart from them, the articles that are
// possibly the same story, which are compared only when the reader asks.
import type { StoryVersion } from '../../core/model';
import { likelihood, safeHref, versionLine, versionName } from '../format';

function Linked({ text, url }: { text: string; url: string | null }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noreferrer">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

/** The versions, best first; those past the first `compared` are listed but left out of the lists above. */
export function VersionList({ versions, compared }: { versions: StoryVersion[]; compared: number }) {
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">
        Versions <span class="count">({versions.length})</span>
      </h2>
      <ul class="version-list" data-testid="versions">
        {versions.map((v, i) => (
          <li key={v.id}>
            <Linked text={versionLine(v)} url={v.url} />
            {v.title && <span class="small muted version-title">{v.title}</span>}
            {i >= compared && (
              <span class="small muted version-title">
                Not in the lists above (the {compared} closest are): compare it in the side panel.
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RelatedList({
  related,
  onCompare,
}: {
  related: StoryVersion[];
  onCompare: (id: string) => void;
}) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" class="related" data-testid="related">
      <h2 id="related-heading">
        Possibly related <span class="count">({related.length})</span>
      </h2>
      <p class="small muted">Perhaps another story: not compared unless you ask.</p>
      <ul class="version-list">
        {related.map((v) => (
          <li key={v.id}>
            <Linked text={v.title || versionName(v)} url={v.url} />
            <span class="small muted version-title">
              {versionName(v)} · {likelihood(v)}
            </span>
            <button type="button" class="small" onClick={() => onCompare(v.id)}>
              Compare
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
