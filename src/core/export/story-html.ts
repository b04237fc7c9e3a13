// The StoryReport as one self-contained HTML page, the same sections and words as the Markdown report and
// the popup. All page text is escaped; the Content-Security-Policy forbids scripts and remote loads.
import type { StoryFact, StoryReport, StoryVersion } from '../model';
import { CONTENT_SECURITY_POLICY, escapeHtml } from './html';
import { safeHref } from './links';
import {
  CUT_OFF,
  cutOffDetail,
  detailLabel,
  editOf,
  formatTime,
  headings,
  likelihood,
  sourceNames,
  summaryParts,
  valueOrAbsent,
  versionLine,
  versionName,
} from './words';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;overflow-wrap:anywhere}
.summary{font-weight:600;background:#eef2ff;padding:.5rem .75rem;border-radius:6px}
.label{font-size:.75rem;font-weight:600;text-transform:uppercase;border:1px solid;border-radius:3px;padding:0 .3em;margin-right:.4em}
li{margin:.4rem 0}.muted{color:#555}.sources{color:#555;font-size:.9rem}blockquote{margin:.2rem 0 .2rem 1rem;color:#333}
strong.value{background:#fff3c4;padding:0 .2em}.cut-off{border-left:4px solid #b45309;background:#fff7ed;padding:.4rem .75rem}`;

function link(text: string, url: string | null): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function versionItem(v: StoryVersion, compared: boolean): string {
  const note = compared ? '' : ' <span class="muted">(not compared)</span>';
  return `<li>${link(versionLine(v), v.url)} — ${escapeHtml(v.title)}${note}</li>`;
}

function facts(report: StoryReport, list: StoryFact[], withSources: boolean): string {
  if (list.length === 0) return '<p class="muted">None.</p>';
  const item = (f: StoryFact) => {
    const sources = withSources
      ? ` <span class="sources">— ${escapeHtml(sourceNames(report, f.versionIds))}</span>`
      : '';
    const folded = f.folded.length
      ? `<ul>${f.folded.map((w) => `<li class="muted">also worded: “${escapeHtml(w.text)}” <span class="sources">— ${escapeHtml(sourceNames(report, w.versionIds))}</span></li>`).join('')}</ul>`
      : '';
    return `<li>${escapeHtml(f.text)}${sources}${folded}</li>`;
  };
  return `<ul>${list.map(item).join('')}</ul>`;
}

function discrepancies(report: StoryReport): string {
  if (report.discrepancies.length === 0) return '<p class="muted">None.</p>';
  const items = report.discrepancies.map((d) => {
    const edit = editOf(report, d);
    const sides = edit
      ? `<strong class="value">${escapeHtml(valueOrAbsent(edit.before))}</strong> → <strong class="value">${escapeHtml(valueOrAbsent(d.here.value))}</strong> (changed since ${escapeHtml(formatTime(edit.capturedAt))})`
      : [
          ...d.elsewhere.map(
            (e) =>
              `<strong class="value">${escapeHtml(valueOrAbsent(e.value))}</strong> (${escapeHtml(sourceNames(report, e.versionIds))})`,
          ),
          `<strong class="value">${escapeHtml(valueOrAbsent(d.here.value))}</strong> (this article)`,
        ].join(' / ');
    const evidence = [
      `<blockquote>This article: “${escapeHtml(d.here.sentence)}”</blockquote>`,
      ...d.elsewhere.map(
        (e) =>
          `<blockquote>${escapeHtml(sourceNames(report, e.versionIds))}: “${escapeHtml(e.sentence)}”</blockquote>`,
      ),
    ].join('');
    return `<li><span class="label">${escapeHtml(detailLabel(d.change))}</span>${sides}${evidence}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** Renders a StoryReport as a self-contained HTML page. */
export function storyToHtml(report: StoryReport): string {
  const { base } = report;
  const words = headings(report);
  const title = escapeHtml(base.title || 'Untitled article');
  const about =
    [base.outlet, formatTime(base.publishedTime, false)].filter(Boolean).join(' · ') || 'This article';
  const sections = [
    `<h2>Versions</h2>${report.versions.length ? `<ul>${report.versions.map((v, i) => versionItem(v, i < report.compared)).join('')}</ul>` : '<p class="muted">No other version of this story is in the library yet.</p>'}`,
    report.related.length
      ? `<h2>Possibly related (not compared)</h2><ul>${report.related.map((v) => `<li>${link(v.title || versionName(v), v.url)} — ${escapeHtml(versionName(v))} · ${escapeHtml(likelihood(v))}</li>`).join('')}</ul>`
      : '',
  ];
  if (report.versions.length > 0)
    sections.push(
      `<h2>${escapeHtml(words.discrepancies)}</h2>${discrepancies(report)}`,
      `<h2>${escapeHtml(words.missing)}</h2>${facts(report, report.missing, true)}`,
      `<h2>${escapeHtml(words.onlyHere)}</h2>${facts(report, report.onlyHere, false)}`,
      report.fragments.length
        ? `<h2>${escapeHtml(words.fragments)}</h2><ul>${report.fragments.map((f) => `<li>${escapeHtml(f.text)} <span class="sources">— ${escapeHtml(sourceNames(report, f.versionIds))}</span></li>`).join('')}</ul>`
        : '',
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>StoryDiff: ${title}</title><style>${STYLE}</style></head>
<body><h1>StoryDiff: ${title}</h1>
<p>${link(about, base.url)} · captured ${escapeHtml(formatTime(base.capturedAt))}</p>
<p class="summary">${escapeHtml(summaryParts(report).join(' · '))}</p>
${base.partial ? `<p class="cut-off" role="note"><strong>${CUT_OFF}</strong>: ${escapeHtml(cutOffDetail(base.words))}</p>\n` : ''}${sections.filter(Boolean).join('\n')}
</body></html>
`;
}
