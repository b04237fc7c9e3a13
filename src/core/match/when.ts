// When a story happened, as far as an article tells: its publication date, else a dateline near the top
// ("May 03, 2013", "26 September 2013", a dated address "/2013/05/03/"). Years named further down are not
// used: they are as often background ("in the late 90s", "since 2010") as the story's own.
// Two reports of one event are written within days of each other; two similar events are often years apart.

/** What an article says of its own date: a day (days since 1970) when one is known. */
export interface StoryWhen {
  /** Days since 1970-01-01 (UTC) of the publication or dateline, or null. */
  day: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const YEAR = '((?:19|20)\\d\\d)';
/** "May 03, 2013", "December 15th, 2008", "Dec. 7, 2009". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'i');
/** "26 September 2013", "27 NOVEMBER, 2005". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
/** "2013-05-03", and dated addresses "/2013/05/03/" or "/ 2013 / may / 03 /" as scraped. */
const NUMERIC = /\b((?:19|20)\d\d)\s*[-/]\s*(\d{1,2}|[a-z]{3,9})\s*[-/]\s*(\d{1,2})\b/i;

/** Lines from the top where a dateline or dated address is looked for. */
const HEAD_LINES = 6;
/** Characters from the top where a dateline is looked for when the text has no line breaks. */
const HEAD_CHARS = 600;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
}

function dayOf(year: number, month: number, day: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  return Math.floor(Date.UTC(year, month, day) / 86_400_000);
}

/** The first full date in some text, as days since 1970. */
function firstDate(text: string): number | null {
  const found: { at: number; day: number | null }[] = [];
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy)
    found.push({ at: mdy.index, day: dayOf(Number(mdy[3]), monthIndex(mdy[1] ?? ''), Number(mdy[2])) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy)
    found.push({ at: dmy.index, day: dayOf(Number(dmy[3]), monthIndex(dmy[2] ?? ''), Number(dmy[1])) });
  const num = NUMERIC.exec(text);
  if (num) {
    const m = num[2] ?? '';
    const month = /^\d+$/.test(m) ? Number(m) - 1 : monthIndex(m);
    found.push({ at: num.index, day: dayOf(Number(num[1]), month, Number(num[3])) });
  }
  const first = found.filter((f) => f.day !== null).sort((a, b) => a.at - b.at)[0];
  return first?.day ?? null;
}

/** What an article says of its date: publication time first, then a dateline near the top. */
export function storyWhen(text: string, published: number | null): StoryWhen {
  const head = text.split('\n', HEAD_LINES).join('\n').slice(0, HEAD_CHARS);
  const day = published !== null ? Math.floor(published / 86_400_000) : firstDate(head);
  return { day };
}
