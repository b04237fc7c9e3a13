// The StoryReport as Markdown: what the popup showed, in its words — the summary, every version with its
// link, date and match figure, the details that differ, each fact with its outlets. Page text is escaped.
import type { StoryFact, StoryReport } from '../model';
import { escapeMarkdown } from './markdown';
import {
  CUT_OFF,
  cutOffDetail,
  discrepancyText,
  formatTime,
  headings,
  likelihood,
  sourceNames,
  summaryParts,
  versionLine,
  versionName,
} from './words';
import { safeHref } from './links';

function link(text: string, url: string | null): string {
  const href = safeHref(url);
  return href
    ? `[${escapeMarkdown(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : escapeMarkdown(text);
}

function factLines(report: StoryReport, facts: StoryFact[], withSources: boolean): string[] {
  if (facts.length === 0) return ['_None._', ''];
  const lines = facts.flatMap((f) => [
    `- ${escapeMarkdown(f.text)}${withSources ? ` — _${escapeMarkdown(sourceNames(report, f.versionIds))}_` : ''}`,
    ...f.folded.map(
      (w) =>
        `  - also worded: “${escapeMarkdown(w.text)}” — _${escapeMarkdown(sourceNames(report, w.versionIds))}_`,
    ),
  ]);
  return [...lines, ''];
}

/** Renders a StoryReport as Markdown. */
export function storyToMarkdown(report: StoryReport): string {
  const { base } = report;
  const words = headings(report);
  const lines = [`# StoryDiff: ${escapeMarkdown(base.title || 'Untitled article')}`, ''];
  const about = [base.outlet, formatTime(base.publishedTime, false)].filter(Boolean).map(escapeMarkdown);
  lines.push(
    `${link(about.join(' · ') || 'This article', base.url)} · captured ${formatTime(base.capturedAt)}`,
    '',
  );
  lines.push(`**${escapeMarkdown(summaryParts(report).join(' · '))}**`, '');
  if (base.partial) lines.push(`> **${CUT_OFF}**: ${cutOffDetail(base.words)}`, '');

  lines.push('## Versions', '');
  if (report.versions.length === 0) lines.push('_No other version of this story is in the library yet._');
  report.versions.forEach((v, i) => {
    const compared = i < report.compared ? '' : ' _(not compared)_';
    lines.push(`- ${link(versionLine(v), v.url)} — ${escapeMarkdown(v.title)}${compared}`);
  });
  lines.push('');
  if (report.related.length > 0) {
    lines.push('## Possibly related (not compared)', '');
    for (const v of report.related)
      lines.push(
        `- ${link(v.title || versionName(v), v.url)} — ${escapeMarkdown(versionName(v))} · ${likelihood(v)}`,
      );
    lines.push('');
  }
  if (report.versions.length === 0) return lines.join('\n');

  lines.push(`## ${words.discrepancies}`, '');
  if (report.discrepancies.length === 0) lines.push('_None._');
  for (const d of report.discrepancies) {
    lines.push(`- **${escapeMarkdown(discrepancyText(report, d))}**`);
    lines.push(`  - This article: “${escapeMarkdown(d.here.sentence)}”`);
    for (const e of d.elsewhere)
      lines.push(`  - ${escapeMarkdown(sourceNames(report, e.versionIds))}: “${escapeMarkdown(e.sentence)}”`);
  }
  lines.push('', `## ${words.missing}`, '', ...factLines(report, report.missing, true));
  lines.push(`## ${words.onlyHere}`, '', ...factLines(report, report.onlyHere, false));
  if (report.fragments.length > 0) {
    lines.push(`## ${words.fragments}`, '');
    for (const f of report.fragments)
      lines.push(`- ${escapeMarkdown(f.text)} — _${escapeMarkdown(sourceNames(report, f.versionIds))}_`);
    lines.push('');
  }
  return lines.join('\n');
}
