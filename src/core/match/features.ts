// What the matcher looks at in an article: salient word stems, named entities, numbers and title words,
// each as a prefixed feature key with a (sublinear) term frequency.
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

/** The readable part of a feature key ("e:lindsay lohan" → "lindsay lohan"). */
export function featureLabel(key: string): string {
  return key.slice(2);
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
const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

function isNameWord(token: Token): boolean {
  return (
    token.capitalized && !token.isNumber && !token.stop && token.norm.length > 1 && !CALENDAR.has(token.norm)
  );
}

/** Capitalised word runs not at a sentence start ("Betty Ford Center"), plus each word of a run. */
function entities(text: string, tokens: Token[]): string[] {
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
    if (!isNameWord(token)) {
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

/** Feature keys of an article with sublinear term frequencies (1 + ln tf). */
export function extractFeatures(text: string, title = ''): Map<string, number> {
  const counts = new Map<string, number>();
  text = text.replace(ADDRESS, ' ');
  const tokens = tokenize(text);
  for (const token of tokens) {
    if (token.isNumber) count(counts, PREFIX.number + token.norm.replace(/%$/, ''));
    else if (!token.stop && token.stem.length > 1) count(counts, PREFIX.word + token.stem);
  }
  for (const name of entities(text, tokens)) count(counts, PREFIX.entity + name);
  for (const token of tokenize(title)) {
    if (!token.stop && token.stem.length > 1) counts.set(PREFIX.title + token.stem, 1);
  }
  const weights = new Map<string, number>();
  for (const [key, tf] of counts) weights.set(key, 1 + Math.log(tf));
  return weights;
}
