// Dates as feeds and HTTP write them: RFC 822 (RSS pubDate, and HTTP's Retry-After and Last-Modified in
// their IMF-fixdate form) and ISO 8601 (Atom, RSS 1.0's dc:date, JSON Feed), parsed by date-fns.
import { isValid, parse, parseISO } from 'date-fns';

/** RFC 822's named zones (section 5.1) and the military "Z", as offsets date-fns reads. */
const ZONES: Record<string, string> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
};

/** The layouts outlets use: with or without seconds, four-digit years (RFC 1123) or RFC 822's two. */
const FOUR_DIGIT_YEAR = ['d MMM yyyy HH:mm:ss xx', 'd MMM yyyy HH:mm xx'];
const TWO_DIGIT_YEAR = ['d MMM yy HH:mm:ss xx', 'd MMM yy HH:mm xx'];

/** A reference date for date-fns' parse (only fields the text lacks come from it). */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** An RFC 822 date-time ("Thu, 29 Jan 2026 14:05:00 GMT") as milliseconds, or null. */
export function rfc822Time(value: string): number | null {
  const text = value
    .trim()
    .replace(/^[A-Za-z]{3,9},?\s*/, '') // the weekday says nothing the date does not
    .replace(/\s+/g, ' ')
    .replace(/\s([A-Za-z]{1,3})$/, (_, zone: string) => ` ${ZONES[zone.toUpperCase()] ?? zone}`)
    .replace(/\s([+-]\d\d):(\d\d)$/, ' $1$2');
  // date-fns' yyyy would read "26" as the year 26: the year's width picks the layouts.
  const formats = /^\d{1,2} \S+ \d{2} /.test(text) ? TWO_DIGIT_YEAR : FOUR_DIGIT_YEAR;
  for (const format of formats) {
    const date = parse(text, format, REFERENCE);
    if (isValid(date)) return date.getTime();
  }
  return null;
}

/** A feed's date in either form as ISO 8601 (UTC), or null when it is neither or not a real date. */
export function feedTime(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = /^\d{4}-\d\d/.test(text) ? parseISO(text) : null;
  const ms = iso && isValid(iso) ? iso.getTime() : rfc822Time(text);
  return ms === null ? null : new Date(ms).toISOString();
}
