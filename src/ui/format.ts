// Formatting for readers: dates, percentages, counts, outlet labels.

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "29 Jan 2026, 14:05" for a time, or "" when unknown or invalid. */
export function formatTime(iso: string | null | undefined, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (withTime ? dateFormat : dayFormat).format(date);
}

/** "Reuters · 29 Jan 2026", or "Earlier capture of this page · 29 Jan 2026, 14:05" for the same page. */
export function versionLabel(version: {
  sameUrl: boolean;
  outlet: string;
  capturedAt: string;
  publishedTime: string | null;
}): string {
  const when = version.sameUrl ? formatTime(version.capturedAt) : formatTime(version.publishedTime, false);
  const who = version.sameUrl ? 'Earlier capture of this page' : version.outlet;
  return when ? `${who} · ${when}` : who;
}

/** "73%" for 0.73. */
export function percent(value: number): string {
  return `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
}

/** "1 fact" / "3 facts". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Human names for the kinds of changed detail. */
export const CHANGE_LABELS = {
  number: 'Number',
  date: 'Date',
  time: 'Time',
  duration: 'Duration',
  amount: 'Amount',
  place: 'Place',
  name: 'Name',
  quote: 'Quote',
  wording: 'Wording',
} as const;

/** The address when it is a web page (http or https), else null: never a javascript: or data: link. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
