// What the matcher looks at in an article: salient word stems, named entities, numbers and title words,
// each as a prefixed feature key with a (sublinear) term frequency. Word and title keys carry the article's
// language ("w:de:regier"), so articles in different languages never meet word by word; names and figures
// carry none, and are what a German and an English report of one event share.
import { languageOf, type Language } from '../lang';
import { tokenize, type Token } from '../text/tokens';

/** Kinds of feature, in the order of the prefix letters used in feature keys. */
export const FEATURE_KINDS = ['word', 'entity', 'number', 'title'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

const PREFIX: Record<FeatureKind, string> = { word: 'w:', entity: 'e:', number: 'n:', title: 't:' };

/** Kind of a feature key, from its prefix. */
export function featureKind(key: string): FeatureKind {
  switch (key[0]) {
    case 'e':
      return 'entity';
    case 'n':
      return 'number';
    case 't':
      return 'title';
    default:
      return 'word';
  }
}

/** The readable part of a feature key ("e:lindsay lohan" → "lindsay lohan", "w:de:regier" → "regier"). */
export function featureLabel(key: string): string {
  const kind = featureKind(key);
  return kind === 'word' || kind === 'title' ? key.slice(2).replace(/^[a-z]{2,3}:/, '') : key.slice(2);
}

/** What word and title keys of a language start with after their kind: nothing for English, "de:" for German. */
function qualifier(language: Language): string {
  return language.code === 'en' ? '' : `${language.code}:`;
}

// A token begins a sentence when only opening punctuation separates it from a full stop, a line break
// or the start of the text: capitals there say nothing about names.
const SENTENCE_GAP = /(?:[.!?:;]["'”’)\]]?|\n)\s*["'“‘([]?\s*$/;

function startsSentence(text: string, tokens: Token[], i: number): boolean {
  const previousEnd = i === 0 ? 0 : (tokens[i - 1]?.end ?? 0);
  const gap = text.slice(previousEnd, tokens[i]?.start ?? 0);
  return i === 0 || SENTENCE_GAP.test(gap);
}

// Capitalised, but calendar words: shared by unrelated stories of the same week, so they name nothing.
const calendars = new Map<string, ReadonlySet<string>>();

function calendarOf(language: Language): ReadonlySet<string> {
  let calendar = calendars.get(language.code);
  if (!calendar)
    calendars.set(language.code, (calendar = new Set([...language.weekdays, ...language.months])));
  return calendar;
}

function isNameWord(token: Token, calendar: ReadonlySet<string>): boolean {
  return (
    token.capitalized && !token.isNumber && !token.stop && token.norm.length > 1 && !calendar.has(token.norm)
  );
}

/** Capitalised word runs not at a sentence start ("Betty Ford Center"), plus each word of a run. */
function entities(text: string, tokens: Token[], calendar: ReadonlySet<string>): string[] {
  const found: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) {
      found.push(run.map((t) => t.norm).join(' '));
      // Later mentions use one word of the name ("Lohan"), so each word counts as well.
      if (run.length > 1) for (const t of run) found.push(t.norm);
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const joined = run.length > 0 && /^[ \t]+$/.test(text.slice(tokens[i - 1]?.end ?? 0, token.start));
    if (!joined) flush();
    if (!isNameWord(token, calendar)) {
      flush();
      continue;
    }
    if (run.length > 0 || !startsSentence(text, tokens, i)) run.push(token);
  }
  flush();
  return found;
}

function count(into: Map<string, number>, key: string): void {
  into.set(key, (into.get(key) ?? 0) + 1);
}

// Web addresses in the text (also as scraped with spaces, "http: / / www. site. com / 2013 / …") name a
// site and a path, not the story's content: every article of a site would share "http", "www", "com".
const ADDRESS = /\bhttps?\s*:\s*\/\s*\/[^\n]*|\bwww\.\S+/gi;

/** Feature keys of an article in a language (default English) with sublinear term frequencies (1 + ln tf). */
export function extractFeatures(text: string, title = '', lang?: string | null): Map<string, number> {
  const language = languageOf(lang);
  const word = PREFIX.word + qualifier(language);
  const titleWord = PREFIX.title + qualifier(language);
  const counts = new Map<string, number>();
  text = text.replace(ADDRESS, ' ');
  const tokens = tokenize(text, language.code);
  for (const token of tokens) {
    if (token.isNumber) count(counts, PREFIX.number + token.norm.replace(/%$/, ''));
    else if (!token.stop && token.stem.length > 1) count(counts, word + token.stem);
  }
  for (const name of entities(text, tokens, calendarOf(language))) count(counts, PREFIX.entity + name);
  for (const token of tokenize(title, language.code)) {
    if (!token.stop && token.stem.length > 1) counts.set(titleWord + token.stem, 1);
  }
  const weights = new Map<string, number>();
  for (const [key, tf] of counts) weights.set(key, 1 + Math.log(tf));
  return weights;
}
