// The words the reader is shown, shared by the popup, the side panel and the exports so that a report says
// exactly what the screen said: counts, headings, version names, the one similarity figure.
import type { Change, Discrepancy, StoryReport, StoryVersion } from '../model';
import { changeLabel } from './labels';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "29 Jan 2026, 14:05" for a time (the day only when `withTime` is false), or "" when unknown or invalid. */
export function formatTime(iso: string | null | undefined, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (withTime ? dateTimeFormat : dayFormat).format(date);
}

/** "73%" for 0.73. */
export function percent(value: number): string {
  return `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
}

/** "1 fact" / "3 facts". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Human names for the kinds of changed detail. Keyed by string so that a kind the engine adds later still
 * reads (as its own name, capitalised) until it is named here.
 */
export const CHANGE_LABELS: Readonly<Record<string, string>> = {
  number: 'Number',
  amount: 'Amount',
  duration: 'Duration',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  name: 'Name',
  quote: 'Quote',
  wording: 'Wording',
};

/** How a changed detail is named: "Number", "Quote (Kadyrov)". */
export function detailLabel(change: Change): string {
  const kind = CHANGE_LABELS[change.kind] ?? change.kind.charAt(0).toUpperCase() + change.kind.slice(1);
  return changeLabel(change, kind);
}

/** "Courier Now", or "Earlier version (captured 29 Jan 2026, 14:05)" for the same page captured before. */
export function versionName(version: Pick<StoryVersion, 'outlet' | 'sameUrl' | 'capturedAt'>): string {
  if (version.sameUrl) return `Earlier version (captured ${formatTime(version.capturedAt)})`;
  return version.outlet || 'Another outlet';
}

/**
 * The one similarity figure: "73% match" for another outlet's version; none for an earlier capture of the
 * same page, which is the same article whatever its score says.
 */
export function matchFigure(version: Pick<StoryVersion, 'score' | 'sameUrl'>): string {
  return version.sameUrl ? '' : `${percent(version.score)} match`;
}

/** How a possibly related article's score reads: "34% likely the same story". */
export function likelihood(version: Pick<StoryVersion, 'score'>): string {
  return `${percent(version.score)} likely the same story`;
}

/** "Courier Now · 29 Jan 2026 · 73% match", or "Earlier version (captured …)". */
export function versionLine(version: StoryVersion): string {
  const day = version.sameUrl ? '' : formatTime(version.publishedTime, false);
  return [versionName(version), day, matchFigure(version)].filter(Boolean).join(' · ');
}

/** The names of the versions with these ids, joined: "Courier Now, Baltic Wire". */
export function sourceNames(report: Pick<StoryReport, 'versions' | 'related'>, ids: string[]): string {
  const all = [...report.versions, ...report.related];
  return ids
    .map((id) => all.find((v) => v.id === id))
    .map((v) => (v ? versionName(v) : 'another version'))
    .join(', ');
}

/** True when every version is an earlier capture of the same page: its differences are edits. */
export function isUpdatedPage(report: Pick<StoryReport, 'versions'>): boolean {
  return report.versions.length > 0 && report.versions.every((v) => v.sameUrl);
}

/** When the latest earlier capture was taken: "29 Jan 2026, 14:05". */
function since(report: Pick<StoryReport, 'versions'>): string {
  const latest = report.versions
    .map((v) => v.capturedAt)
    .sort()
    .at(-1);
  return formatTime(latest);
}

/** The section headings, worded for other outlets or, on an updated page, for edits since a capture. */
export function headings(report: Pick<StoryReport, 'versions'>): {
  discrepancies: string;
  missing: string;
  onlyHere: string;
  fragments: string;
} {
  if (isUpdatedPage(report)) {
    const when = since(report);
    return {
      discrepancies: `Changed since ${when}`,
      missing: `Removed since ${when}`,
      onlyHere: `New since ${when}`,
      fragments: 'Too short to count as facts',
    };
  }
  return {
    discrepancies: 'Details that differ',
    missing: 'Facts you are missing',
    onlyHere: 'Only in this article',
    fragments: 'Too short to count as facts',
  };
}

/**
 * The summary the reader sees first, as short phrases: "4 other versions", "2 details differ",
 * "5 facts you are missing", "1 fact only here". An updated page says what changed since its capture.
 */
export function summaryParts(report: StoryReport): string[] {
  const { summary } = report;
  if (isUpdatedPage(report)) {
    const when = since(report);
    if (summary.discrepancies + summary.missing + summary.onlyHere === 0)
      return [`No fact or detail changed since ${when}`];
    return [
      `Changed since ${when}: ${plural(summary.discrepancies, 'detail changed', 'details changed')}`,
      plural(summary.onlyHere, 'new fact'),
      plural(summary.missing, 'fact removed', 'facts removed'),
    ];
  }
  return [
    plural(summary.versions, 'other version'),
    plural(summary.discrepancies, 'detail differs', 'details differ'),
    `${plural(summary.missing, 'fact')} you are missing`,
    `${plural(summary.onlyHere, 'fact')} only here`,
  ];
}

/** The words that say the article read is cut off, as the popup shows them: a heading and its detail. */
export const CUT_OFF = 'This article is cut off';
export function cutOffDetail(words?: number): string {
  return `the page showed only its start${words ? ` (${words} words)` : ''}, likely behind a paywall. Facts listed as missing may be in the rest.`;
}

/** A detail's value, or words saying that a version does not give it. */
export function valueOrAbsent(value: string): string {
  return value.trim() ? value : 'not given';
}

/**
 * A detail changed by an edit of the page itself: what the one earlier capture it differs from gave, and
 * when that was captured; null when other outlets give it differently (that is no edit).
 */
export function editOf(
  report: Pick<StoryReport, 'versions' | 'related'>,
  d: Discrepancy,
): { before: string; capturedAt: string } | null {
  const [only, ...more] = d.elsewhere;
  if (!only || more.length > 0 || only.versionIds.length !== 1) return null;
  const version = report.versions.find((v) => v.id === only.versionIds[0]);
  return version?.sameUrl ? { before: only.value, capturedAt: version.capturedAt } : null;
}

/**
 * A discrepancy in one line, the other versions first as changeLabel's callers word one change:
 * "Date: last weekend (Baltic Wire, Courier Now) / this weekend (this article)"; an edit of the page:
 * "Number: 20% → 25% (changed since 29 Jan 2026, 14:05)".
 */
export function discrepancyText(report: StoryReport, d: Discrepancy): string {
  const edit = editOf(report, d);
  if (edit)
    return `${detailLabel(d.change)}: ${valueOrAbsent(edit.before)} → ${valueOrAbsent(d.here.value)} (changed since ${formatTime(edit.capturedAt)})`;
  const sides = [
    ...d.elsewhere.map((e) => `${valueOrAbsent(e.value)} (${sourceNames(report, e.versionIds)})`),
    `${valueOrAbsent(d.here.value)} (this article)`,
  ];
  return `${detailLabel(d.change)}: ${sides.join(' / ')}`;
}
