// The facts that tell two similar events apart once their vocabulary agrees: which years and weekdays an
// article names, and what its figures measure (a toll, a magnitude, an age, a sum). Two reports of one event
// give the same figure for the same measure; two earthquakes told in the same words give different ones.
import { quantitiesOf } from '../text/quantities';
import { tokenize } from '../text/tokens';

/** What an article states that a similar event would state differently. */
export interface StoryFacts {
  /** Years named in the text (1900–2099), ascending, without repeats. */
  years: number[];
  /** Weekdays named in the text, as a bit mask (Monday = 1, Sunday = 64). */
  weekdays: number;
  /** Figures as "measure=value" (the value rounded to 4 significant digits), sorted, without repeats. */
  figures: string[];
}

/** How two articles' facts compare: NaN where either side gives none of that kind. */
export interface FactsComparison {
  /** Share of the years of the side naming fewer that the other names too. */
  years: number;
  /** Whether both name weekdays, and none in common (1) or some (0). */
  weekdaysDisjoint: number;
  /** Measures both give a figure for, with one value in common. */
  figuresAgree: number;
  /** Measures both give a figure for, with no value in common. */
  figuresConflict: number;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const YEAR = /^(19|20)\d\d$/;
// Times of day are when an outlet wrote, not what happened; a plain count of a noun varies with wording.
const SKIPPED_MEASURES = new Set(['time']);
// Addresses carry dates and numbers of the page, not of the story (see features.ts).
const ADDRESS = /\bhttps?\s*:\s*\/\s*\/[^\n]*|\bwww\.\S+/gi;

/** The facts of an article's text. */
export function extractFacts(text: string): StoryFacts {
  const clean = text.replace(ADDRESS, ' ');
  const tokens = tokenize(clean);
  const years = new Set<number>();
  let weekdays = 0;
  for (const t of tokens) {
    if (t.isNumber && YEAR.test(t.norm)) years.add(Number(t.norm));
    const day = WEEKDAYS.indexOf(t.norm);
    if (day >= 0 && t.capitalized) weekdays |= 1 << day;
  }
  const figures = new Set<string>();
  for (const q of quantitiesOf(tokens, clean)) {
    if (SKIPPED_MEASURES.has(q.key) || !Number.isFinite(q.value)) continue;
    figures.add(`${q.key}=${Number(q.value.toPrecision(4))}`);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    weekdays,
    figures: [...figures].sort(),
  };
}

function measureOf(figure: string): string {
  return figure.slice(0, figure.lastIndexOf('='));
}

/** Measures with their values, for a sorted figure list. */
function byMeasure(figures: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of figures) {
    const m = measureOf(f);
    const values = out.get(m) ?? new Set<string>();
    values.add(f);
    out.set(m, values);
  }
  return out;
}

/** Compares the facts of two articles. */
export function compareFacts(a: StoryFacts, b: StoryFacts): FactsComparison {
  let years = NaN;
  if (a.years.length > 0 && b.years.length > 0) {
    const [few, many] = a.years.length <= b.years.length ? [a.years, b.years] : [b.years, a.years];
    const other = new Set(many);
    years = few.filter((y) => other.has(y)).length / few.length;
  }
  const weekdaysDisjoint =
    a.weekdays === 0 || b.weekdays === 0 ? NaN : (a.weekdays & b.weekdays) === 0 ? 1 : 0;
  let figuresAgree = 0;
  let figuresConflict = 0;
  const bm = byMeasure(b.figures);
  for (const [measure, values] of byMeasure(a.figures)) {
    const theirs = bm.get(measure);
    if (!theirs) continue;
    let common = false;
    for (const v of values) if (theirs.has(v)) common = true;
    if (common) figuresAgree++;
    else figuresConflict++;
  }
  return { years, weekdaysDisjoint, figuresAgree, figuresConflict };
}
