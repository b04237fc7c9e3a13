// The checkable details of a sentence: figures, dates and weekdays, names, and quoted words, each with a
// canonical key (so "20%" meets "20 percent") and the text as written (so a reader sees what differs).
import type { Term } from './normalize';
import type { Token } from './tokens';

/** What a date says: a weekday, a day of a month, a month, a year, a day relative to today, or a period. */
export type DateUnit = 'weekday' | 'month-day' | 'month' | 'year' | 'relative' | 'period';

/** One detail: canonical key and the words as written. */
export interface Detail {
  key: string;
  text: string;
  /** For dates: what the date names, so that only dates of the same unit are compared. */
  unit?: DateUnit;
  /** For figures: keys of the nearest content words before and after, what the figure is a figure of. */
  near?: string[];
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
const RELATIVE = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'evening']);
const PERIOD_MODIFIERS = new Set(['last', 'this', 'next', 'earlier', 'later']);

/** True for a token that names a day, month or a day relative to today. */
export function isDateWord(token: Token): boolean {
  return (
    WEEKDAYS.has(token.norm) || (MONTHS.has(token.norm) && token.capitalized) || RELATIVE.has(token.norm)
  );
}

function isYear(token: Token): boolean {
  return /^(1[89]|20)\d\d$/.test(token.norm);
}

/** Dates of a sentence: weekdays, "January 29", years, "last weekend", "yesterday". */
export function datesOf(tokens: Token[]): Detail[] {
  const out: Detail[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (WEEKDAYS.has(t.norm)) out.push({ key: t.norm, text: t.text, unit: 'weekday' });
    else if (RELATIVE.has(t.norm)) out.push({ key: t.norm, text: t.text, unit: 'relative' });
    else if (MONTHS.has(t.norm) && t.capitalized) {
      const day = next && /^\d{1,2}$/.test(next.norm) ? next : undefined;
      out.push(
        day
          ? { key: `${t.norm} ${day.norm}`, text: `${t.text} ${day.text}`, unit: 'month-day' }
          : { key: t.norm, text: t.text, unit: 'month' },
      );
    } else if (isYear(t)) out.push({ key: t.norm, text: t.text, unit: 'year' });
    else if (PERIOD_MODIFIERS.has(t.norm) && next && PERIODS.has(next.norm))
      out.push({ key: `${t.norm} ${next.norm}`, text: `${t.text} ${next.text}`, unit: 'period' });
  });
  return out;
}

/** Lower-case "one" and "two" are mostly determiners ("one central issue", "the two sides"), not figures. */
function isDeterminerNumber(tokens: Token[], term: Term): boolean {
  const t = tokens[term.first];
  return !!t && term.last - term.first === 1 && !t.capitalized && (t.norm === 'one' || t.norm === 'two');
}

/** How far (in terms, function words included) a word may stand from a figure and still say what it counts. */
const NEAR = 3;

/** Keys of the nearest content terms before and after term i, within NEAR (figures, dates and % skipped). */
function nearestContent(tokens: Token[], terms: Term[], i: number): string[] {
  // Dates are not what a figure is a figure of ("World War II, said on Tuesday").
  const content = (t: Term | undefined) =>
    !!t &&
    !t.stop &&
    !t.isNumber &&
    t.key !== '%' &&
    t.key.length > 1 &&
    !isDateWord(tokens[t.first] as Token);
  const near: string[] = [];
  for (let j = i - 1; j >= Math.max(0, i - NEAR); j--)
    if (content(terms[j])) {
      near.push((terms[j] as Term).key);
      break;
    }
  const after = terms[i + 1]?.key === '%' ? i + 1 : i;
  for (let j = after + 1; j <= Math.min(terms.length - 1, after + NEAR); j++)
    if (content(terms[j])) {
      near.push((terms[j] as Term).key);
      break;
    }
  return near;
}

/** Figures of a sentence (years and day numbers of dates excluded: they are dates). */
export function numbersOf(tokens: Token[], terms: Term[], text: string): Detail[] {
  const out: Detail[] = [];
  terms.forEach((term, i) => {
    if (!term.isNumber || isDeterminerNumber(tokens, term)) return;
    const first = tokens[term.first] as Token;
    const prev = tokens[term.first - 1];
    if (isYear(first) || (prev && MONTHS.has(prev.norm) && prev.capitalized)) return;
    const percent = terms[i + 1]?.key === '%';
    const lastToken = tokens[(percent ? (terms[i + 1] as Term).last : term.last) - 1] as Token;
    out.push({
      key: percent ? `${term.key}%` : term.key,
      text: text.slice(first.start, lastToken.end),
      near: nearestContent(tokens, terms, i),
    });
  });
  return out;
}

/** Quoted passages of a sentence (curly or straight double quotes), without the marks. */
export function quotesOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^”]{2,})”|"([^"]{2,})"|«([^»]{2,})»|„([^“”]{2,})[“”]/gu))
    out.push((m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim());
  return out;
}

/** Verbs that attribute quoted words to whoever says them. */
const SAYS =
  '(?:said|says|told|tells|added|adds|stated|states|declared|wrote|writes|asked|asks|replied|insisted|warned|noted|explained|argued|claimed)';
/** A name as written: capitalised words, with initials, hyphens and particles inside ("Jean-Claude van Damme"). */
const NAME =
  "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|al|bin|la|le|da|del)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4}";
// “…,” Kadyrov told reporters · “…,” said Kadyrov · Kadyrov told reporters: “…” · Kadyrov said that “…”
const AFTER_NAME_VERB = new RegExp(`^[\\s,]*(${NAME})\\s+${SAYS}\\b`, 'u');
const AFTER_VERB_NAME = new RegExp(`^[\\s,]*${SAYS}\\s+(${NAME})`, 'u');
const BEFORE = new RegExp(`(${NAME})\\s+${SAYS}\\b[^“”"«»]{0,40}$`, 'u');

/** Leading titles and articles that are not part of the speaker's name as a reader would look it up. */
function trimName(name: string): string | undefined {
  const trimmed = name.replace(/^(?:The|A|An)\s+/u, '').trim();
  return PRONOUNS.has(trimmed.toLowerCase()) ? undefined : trimmed;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that']);

/**
 * Who the sentence says speaks the quoted words `quote` (a name written beside a verb of saying, just before or
 * just after the quote), or undefined when the sentence does not name anyone ("he said", no attribution).
 */
export function speakerOf(sentence: string, quote: string): string | undefined {
  const at = sentence.indexOf(quote);
  if (at < 0) return undefined;
  const after = sentence.slice(at + quote.length).replace(/^[”"»“]/u, '');
  const before = sentence.slice(0, at).replace(/[“"«„]\s*$/u, '');
  const found =
    AFTER_NAME_VERB.exec(after)?.[1] ?? AFTER_VERB_NAME.exec(after)?.[1] ?? BEFORE.exec(before)?.[1];
  return found ? trimName(found) : undefined;
}
