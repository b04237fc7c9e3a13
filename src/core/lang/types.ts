// What StoryDiff knows of one language: the one interface every language module fills in, so that no part of
// the core keeps a word list of its own or falls back to English rules for another language.

/** The rules and word lists of one language. Words are lower case with accents folded, as tokens' `norm`. */
export interface Language {
  /** ISO 639-1 code ("de"), or the detected code of a language without rules of its own ("tr"). */
  code: string;
  /** The language's English name, for the reader ("German"). */
  name: string;
  /** False for the language-neutral fallback: no stop words, no stemming, no word lists. */
  supported: boolean;
  /** Function words that carry no fact of their own (stopwords-iso for every language but English). */
  stopwords: ReadonlySet<string>;
  /** Snowball stem of a normalised word (English: Porter). The fallback returns the word unchanged. */
  stem(norm: string): string;
  /** Month names, January first, and their usual short forms. */
  months: readonly string[];
  /** Weekday names, Monday first. */
  weekdays: readonly string[];
  /** Number words and their values ("zwölf" → 12). */
  numberWords: ReadonlyMap<string, number>;
  /** Verbs of saying that attribute a quote ("sagte", "a déclaré"), as normalised words. */
  sayingVerbs: ReadonlySet<string>;
  /** The quotation marks the language's press uses, as [open, close] pairs. */
  quotes: readonly (readonly [string, string])[];
  /** Abbreviations and honorifics that never end a sentence, without their final dot ("z.b", "mme"). */
  abbreviations: ReadonlySet<string>;
  /** Page furniture that opens a line ("Lesen Sie auch", "Lire aussi"), lower case. */
  furniture: readonly string[];
  /** Elided articles and prepositions written onto a word ("l'", "d'", "dell'"), to strip before reading it. */
  elision?: RegExp;
  /** The decimal separator of figures written in this language ("," in German, "." in English). */
  decimal: '.' | ',';
}
