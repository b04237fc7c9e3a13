// The Comparison as a Markdown report: facts you are missing, facts only here, changed details, each with its
// sentence, and what was set aside. Page text is escaped so it cannot become Markdown or HTML markup.
import type { Change, Comparison, UnmatchedSentence, VersionInfo } from '../model';
import { BIDI_CONTROLS } from '../text/clean';
import { changeLabel } from './labels';

/** Escapes Markdown and HTML syntax in page text, dropping bidi controls that could reorder the report. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s+/g, ' ');
}

function versionName(v: VersionInfo, fallback: string): string {
  return escapeMarkdown(v.siteName || v.title || v.url || fallback);
}

function sentenceList(list: UnmatchedSentence[]): string[] {
  return list.length === 0 ? ['_None._', ''] : [...list.map((s) => `- ${escapeMarkdown(s.text)}`), ''];
}

function changeLine(c: Change): string {
  const side = (text: string) => (text ? `“${escapeMarkdown(text)}”` : '_(absent)_');
  return `  - **${escapeMarkdown(changeLabel(c))}**: ${side(c.base)} → ${side(c.other)}`;
}

/** Renders a Comparison as Markdown. */
export function toMarkdown(c: Comparison): string {
  const base = versionName(c.base, 'this version');
  const other = versionName(c.other, 'the other version');
  const lines = [`# StoryDiff: ${base} compared with ${other}`, ''];
  lines.push(`Similarity ${(c.similarity * 100).toFixed(0)}%.`, '');
  if (!c.sameStory) {
    lines.push(
      'These two articles do not appear to report the same story, so no differences are listed.',
      '',
    );
    return lines.join('\n');
  }
  lines.push(`## Facts you are missing (only in ${other})`, '', ...sentenceList(c.onlyInOther));
  lines.push(`## Facts only in ${base}`, '', ...sentenceList(c.onlyInBase));
  const changed = c.aligned.filter((p) => p.changes.length > 0 || (p.uncovered?.length ?? 0) > 0);
  lines.push('## Changed details', '');
  if (changed.length === 0) lines.push('_None._', '');
  for (const p of changed) {
    lines.push(`- ${escapeMarkdown(p.base.text)}`, `  - _${other}:_ ${escapeMarkdown(p.other.text)}`);
    lines.push(...p.changes.map(changeLine));
    for (const clause of p.uncovered ?? []) {
      lines.push(
        `  - **only in ${clause.side === 'base' ? base : other}**: “${escapeMarkdown(clause.text)}”`,
      );
    }
  }
  const setAside = [...c.setAside.base, ...c.setAside.other];
  if (setAside.length > 0) {
    lines.push('', '## Set aside (headings, page furniture, repeats)', '');
    lines.push(...setAside.map((s) => `- ${s.reason}: ${escapeMarkdown(s.text)}`));
  }
  return lines.join('\n') + '\n';
}
