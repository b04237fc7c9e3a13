// A stored article's paragraphs as text (never as HTML): headings, paragraphs, quotes, and list items
// gathered into lists.
import type { Paragraph } from '../../core/model';

/** Consecutive list items belong to one list. */
function runs(paragraphs: Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  for (const p of paragraphs) {
    const last = out.at(-1);
    if (p.kind === 'list-item' && last?.[0]?.kind === 'list-item') last.push(p);
    else out.push([p]);
  }
  return out;
}

export function StoredText({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div class="stored-text" data-testid="stored-text">
      {runs(paragraphs).map((run, i) => {
        const [first] = run;
        if (!first) return null;
        if (first.kind === 'list-item')
          return (
            <ul key={i}>
              {run.map((item, j) => (
                <li key={j}>{item.text}</li>
              ))}
            </ul>
          );
        if (first.kind === 'heading') return <h2 key={i}>{first.text}</h2>;
        if (first.kind === 'quote') return <blockquote key={i}>{first.text}</blockquote>;
        return <p key={i}>{first.text}</p>;
      })}
    </div>
  );
}
