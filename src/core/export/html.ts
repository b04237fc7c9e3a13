// The Comparison as one self-contained HTML page with highlights. Every piece of page text is escaped (never
// markup from the input), a restrictive Content-Security-Policy forbids scripts and remote loads, and
// highlights do not rely on colour alone: <ins>/<del> plus text labels.
import type { AlignedPair, Comparison, DiffOp, UnmatchedSentence, VersionInfo } from '../model';
import { BIDI_CONTROLS } from '../text/clean';
import { changeLabel } from './labels';

/** No scripts, no remote anything: only the inline style sheet below. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values, dropping bidi controls (see BIDI_CONTROLS). */
export function escapeHtml(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// overflow-wrap: a page's 1 MB word wraps instead of widening the report.
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;overflow-wrap:anywhere}
ins{background:#d7f5dd;text-decoration:underline}del{background:#fbe0e0;text-decoration:line-through}
.label{font-size:.75rem;font-weight:600;text-transform:uppercase;border:1px solid;border-radius:3px;padding:0 .3em;margin-right:.4em}
li{margin:.4rem 0}.pair{border-top:1px solid #ddd;padding:.5rem 0}.muted{color:#555}`;

function name(v: VersionInfo, fallback: string): string {
  return escapeHtml(v.siteName || v.title || v.url || fallback);
}

/**
 * A pair's word diff. Two outlets' sentences are not an edit of one another: the marks say whose words
 * they are ("only in Reuters"), never "added" or "removed".
 */
function diffHtml(ops: DiffOp[], base: string, other: string): string {
  return ops
    .map((op) =>
      op.op === 'equal'
        ? escapeHtml(op.text)
        : op.op === 'insert'
          ? `<ins><span class="label">only in ${other}</span>${escapeHtml(op.text)}</ins>`
          : `<del><span class="label">only in ${base}</span>${escapeHtml(op.text)}</del>`,
    )
    .join('');
}

function sentences(list: UnmatchedSentence[]): string {
  if (list.length === 0) return '<p class="muted">None.</p>';
  return `<ul>${list.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('')}</ul>`;
}

function pairHtml(p: AlignedPair, base: string, other: string): string {
  const changes = [
    ...p.changes.map(
      (c) =>
        `<li><span class="label">${escapeHtml(changeLabel(c))}</span><del>${escapeHtml(c.base || '(absent)')}</del> → <ins>${escapeHtml(c.other || '(absent)')}</ins></li>`,
    ),
    ...(p.uncovered ?? []).map(
      (u) =>
        `<li><span class="label">only in ${u.side === 'base' ? base : other}</span>“${escapeHtml(u.text)}”</li>`,
    ),
  ].join('');
  return `<div class="pair"><p>${diffHtml(p.diff, base, other)}</p>${changes ? `<ul>${changes}</ul>` : ''}</div>`;
}

/** Renders a Comparison as a self-contained HTML page. */
export function toHtml(c: Comparison): string {
  const base = name(c.base, 'this version');
  const other = name(c.other, 'the other version');
  const body = c.sameStory
    ? [
        `<h2>Facts you are missing (only in ${other})</h2>${sentences(c.onlyInOther)}`,
        `<h2>Facts only in ${base}</h2>${sentences(c.onlyInBase)}`,
        `<h2>Changed details</h2>${
          c.aligned
            .filter((p) => p.changes.length > 0 || (p.uncovered?.length ?? 0) > 0)
            .map((p) => pairHtml(p, base, other))
            .join('') || '<p class="muted">None.</p>'
        }`,
      ].join('\n')
    : '<p>These two articles do not appear to report the same story, so no differences are listed.</p>';
  const setAside = [...c.setAside.base, ...c.setAside.other];
  const furniture = setAside.length
    ? `<h2>Set aside</h2><ul>${setAside.map((s) => `<li><span class="label">${escapeHtml(s.reason)}</span>${escapeHtml(s.text)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>StoryDiff: ${base} compared with ${other}</title><style>${STYLE}</style></head>
<body><h1>StoryDiff: ${base} compared with ${other}</h1>
<p>Similarity ${(c.similarity * 100).toFixed(0)}%.</p>
${body}
${furniture}
</body></html>
`;
}
