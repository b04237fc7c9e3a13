// Publication and modification times from what the page declares in machine-readable form (ISO 8601, as
// JSON-LD, Open Graph, <time datetime> and Dublin Core prescribe), parsed by date-fns, never Date.parse;
// dates no article can have (0001-01-01, before the web's news sites, next year) are dropped.
import { isValid, parseISO } from 'date-fns';

/** The earliest publication date taken as real: no news page of ours predates it. */
const EARLIEST = Date.UTC(1990, 0, 1);
/** How far ahead of the reader's clock a date may be (time zones, clocks a little off). */
const AHEAD_MS = 24 * 60 * 60 * 1000;

/** A date-time as ISO 8601 writes it: date, optional time with fraction, optional zone. */
const ISO =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?)\s*(Z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?)?$/i;

/** Whether an instant can be an article's date when read at `now`. */
export function plausible(ms: number, now: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST && ms <= now + AHEAD_MS;
}

/**
 * One declared value as ISO 8601, keeping the page's own offset (so the page's calendar day survives), or
 * null when it is not a date-time in ISO form or not plausible at `now`.
 */
export function declaredTime(value: string | null | undefined, now: number): string | null {
  const match = ISO.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, y, mo, d, time, zone] = match;
  const zoneText = !zone
    ? ''
    : /^(z|utc|gmt)$/i.test(zone)
      ? 'Z'
      : zone.length === 5
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : zone.length === 3
          ? `${zone}:00`
          : zone;
  const iso = `${y}-${mo}-${d}${time ? `T${time.replace(',', '.')}${zoneText}` : ''}`;
  const parsed = parseISO(iso);
  return isValid(parsed) && plausible(parsed.getTime(), now) ? iso : null;
}

/** The first of the values, in the page's order of authority, that is a plausible date. */
export function firstTime(values: (string | null | undefined)[], now: number): string | null {
  for (const value of values) {
    const time = declaredTime(value, now);
    if (time) return time;
  }
  return null;
}
