// The one data model of StoryDiff. Everything downstream (popup, side panel, exports, CLI) renders
// these shapes; nothing recomputes them. All types are JSON-safe: plain objects, strings, numbers.

/** Kind of a block of article text, as the page marked it. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

/** One block of the article body, in reading order. */
export interface Paragraph {
  /** What the page marked this block as: a heading, a plain paragraph, a list item or a pull quote. */
  kind: BlockKind;
  /** The block's plain text (never HTML), whitespace collapsed. */
  text: string;
}

/** A news article as captured from a page (or read from a text file): metadata and body text. */
export interface Article {
  /** Headline, without the outlet's name appended. Empty string when unknown. */
  title: string;
  /** Author line as the page gives it, or null. */
  byline: string | null;
  /** The outlet's name ("Reuters"), or null. */
  siteName: string | null;
  /** The address the article was read from, or null for a file without one. */
  url: string | null;
  /** The canonical address, tracking parameters (utm_*, fbclid, …) removed; null when unknown. */
  canonicalUrl: string | null;
  /** Publication time as ISO 8601, or null. */
  publishedTime: string | null;
  /** Last modification time as ISO 8601, or null. */
  modifiedTime: string | null;
  /**
   * BCP 47 language tag ("en", "de-DE"): what the page declares, checked against the text once captured (a
   * template's lang="en" over a German article gives "de"); null when neither says (read as English).
   */
  lang: string | null;
  /** Address of the lead image, or null. */
  leadImageUrl: string | null;
  /** The body in reading order, headings marked as headings. */
  paragraphs: Paragraph[];
  /** The body as plain text: paragraphs joined by blank lines. */
  text: string;
  /** True when the page looks like a paywalled or truncated stub: the text is only part of the article. */
  partial?: boolean;
}

/** Why a page gave no Article; `message` is written for readers. */
export interface ExtractFailure {
  /** Machine-readable reason. */
  reason: 'empty' | 'not-article' | 'unsupported' | 'too-large';
  /** One sentence a reader can understand, e.g. "This page does not look like an article." */
  message: string;
}

/** Result of extraction: an Article, or the reason there is none. */
export type ExtractResult = { ok: true; article: Article } | ({ ok: false } & ExtractFailure);

// ───────────────────────────── comparison ─────────────────────────────

/** A sentence of one version, by position. */
export interface SentenceRef {
  /** The sentence text as it appears in the article. */
  text: string;
  /** Index of the sentence among all sentences of its article (0-based, headings included). */
  index: number;
}

/** A sentence of one version that has no counterpart in the other: a fact only one version reports. */
export interface UnmatchedSentence extends SentenceRef {
  /** Evidence: the closest sentence of the other version and its score, to show why it was not paired. */
  closest?: { index: number; text: string; score: number };
}

/**
 * Why a sentence was set aside rather than compared: a heading, page furniture, a repeat, or the writer's own
 * opinion (a question put to the reader, "I just don't see it"): it states nothing a reader could check.
 */
export type SetAsideReason = 'heading' | 'boilerplate' | 'duplicate' | 'opinion';

/** A sentence not reported as a fact: a heading, boilerplate (READ MORE, image paths…), a repeat, an opinion. */
export interface SetAsideSentence extends SentenceRef {
  /** Why it was set aside. */
  reason: SetAsideReason;
}

/**
 * Kind of a changed detail inside an aligned pair: a count or other figure, a date, a time of day, a duration,
 * a sum of money, a place or direction, a name, quoted words, or a telling change of wording. `one-sided` is a
 * figure only one side gives where the other speaks of the same thing without one ("20% of Donetsk" / "parts
 * of Donetsk"): a difference of precision, not two values that contradict; its empty side is "".
 */
export type ChangeKind =
  'number' | 'date' | 'time' | 'duration' | 'amount' | 'place' | 'name' | 'quote' | 'wording' | 'one-sided';

/** One typed difference between two aligned sentences. */
export interface Change {
  /** What kind of detail differs. */
  kind: ChangeKind;
  /** The detail as the base version gives it ("" when absent there). */
  base: string;
  /** The detail as the other version gives it ("" when absent there). */
  other: string;
  /** For a quote: who the sentence says speaks the quoted words ("Kadyrov"), when it names them. */
  speaker?: string;
  /**
   * For a figure, time, duration, amount or direction: what both values measure ("dead", "injured", "age",
   * "magnitude", "duration", "amount", "direction", or the noun counted, "buildings"). Two values are only
   * set against each other when they measure the same thing, so this is also the evidence for the change.
   */
  measure?: string;
}

/** One piece of a word-level diff: text common to both, only in other (insert) or only in base (delete). */
export interface DiffOp {
  /** equal: in both; insert: only in the other version; delete: only in the base version. */
  op: 'equal' | 'insert' | 'delete';
  /** The text of this piece, with its spacing. */
  text: string;
}

/** Sentences of one version that together say what the other side of an aligned pair says. */
export interface AlignedSide {
  /** The sentences joined by a space. */
  text: string;
  /** Indices of the sentences (one, or several when one version merged or split sentences). */
  indices: number[];
}

/** Sentences of the two versions that say the same thing, with what differs between them. */
export interface AlignedPair {
  /** The base version's side. */
  base: AlignedSide;
  /** The other version's side. */
  other: AlignedSide;
  /** Alignment score 0..1: how surely the two sides say the same thing. */
  score: number;
  /** Typed differences (numbers, dates, names, quotes, wording); empty when only trivially reworded. */
  changes: Change[];
  /** Word-level diff from base to other, bounded in effort. */
  diff: DiffOp[];
  /**
   * What one side says that the other version does not carry anywhere: a clause folded into a longer sentence
   * ("as the two countries exchanged war dead", "killing three and injuring 40"), or a whole sentence of the
   * pair whose names, figures and content words the other article mostly lacks (the pair shows they are about
   * the same thing, not that one says all the other does). `side` is where it is; `text` is as written.
   * Absent when there is none.
   */
  uncovered?: { side: 'base' | 'other'; text: string }[];
}

/** Summary of one version in a comparison, for headers and exports. */
export interface VersionInfo {
  /** Headline, or "" when unknown. */
  title: string;
  /** Outlet name, or null. */
  siteName: string | null;
  /** Address, or null. */
  url: string | null;
  /** Publication time (ISO 8601), or null. */
  publishedTime: string | null;
  /** Number of sentences the version was split into. */
  sentenceCount: number;
}

/** Everything a reader is shown about two versions of a story. BASE is the one being read. */
export interface Comparison {
  /** Overall similarity of the two versions, 0..1. */
  similarity: number;
  /** Whether the two versions report the same story; when false, the lists below are left empty. */
  sameStory: boolean;
  /** The version being read. */
  base: VersionInfo;
  /** The version it is compared against. */
  other: VersionInfo;
  /** Sentences of BASE with no counterpart in OTHER: facts only this version has. */
  onlyInBase: UnmatchedSentence[];
  /** Sentences of OTHER with no counterpart in BASE: facts the reader is missing. */
  onlyInOther: UnmatchedSentence[];
  /** Sentences paired across the versions, in base order, with their changed details. */
  aligned: AlignedPair[];
  /** Sentences not compared (headings, boilerplate, repeats), listed so the reader can see them. */
  setAside: { base: SetAsideSentence[]; other: SetAsideSentence[] };
}

/** A fact (sentence) of the story and the versions that carry it, for the "all versions" view. */
export interface FactAcrossVersions {
  /** The sentence as the first version carrying it words it. */
  text: string;
  /** Ids of the versions that carry it, the first one being where `text` comes from. */
  versionIds: string[];
}

// ───────────────────────────── the story across versions ─────────────────────────────

/** A version of the story as the reader is shown it and reports name it. */
export interface StoryVersion {
  /** Library id. */
  id: string;
  /** Headline. */
  title: string;
  /** Outlet name. */
  outlet: string;
  /** Address it was captured from, or null. */
  url: string | null;
  /** Publication time (ISO 8601), or null. */
  publishedTime: string | null;
  /** When the reader captured it (ISO 8601). */
  capturedAt: string;
  /** The matcher's score 0..1: the one similarity figure the picker, the lists and the exports show. */
  score: number;
  /** True when it is the same page captured earlier: its differences are edits, not another outlet's. */
  sameUrl: boolean;
  /** True when the page showed only the start of the article (a paywall): facts "missing" may be in the rest. */
  partial?: boolean;
  /** Words captured. */
  words?: number;
}

/** What a fact carries that a reader would check, the evidence of its rank. */
export interface FactCarries {
  /** Figures as written ("at least 12", "20%"). */
  numbers: string[];
  /** Dates and days as written ("Thursday", "January 29"). */
  dates: string[];
  /** Names of people, places and bodies as written ("Kyiv", "Vladimir Putin"). */
  names: string[];
}

/** A fact of the story: a sentence with the versions that carry it and what it carries. */
export interface StoryFact {
  /** The sentence as the first version carrying it words it. */
  text: string;
  /** Ids of the versions that carry it (for a fact only in the article read: none). */
  versionIds: string[];
  /** What it carries. */
  carries: FactCarries;
  /** Rank weight: more figures, names and dates, and more outlets reporting it, weigh more. */
  weight: number;
  /** Near-duplicates folded into it (another outlet's or another spelling's wording of the same fact). */
  folded: { text: string; versionIds: string[] }[];
}

/** One changed detail of the article read, with what each disagreeing version gives instead. */
export interface Discrepancy {
  /** The change as the closest disagreeing version gives it (for its kind, speaker and label). */
  change: Change;
  /** The detail and its sentence in the article read. */
  here: { value: string; sentence: string };
  /** What the other versions give, one entry per distinct value, each with the versions giving it. */
  elsewhere: { value: string; sentence: string; versionIds: string[] }[];
}

/** Everything the popup, the side panel and the exports show about one article across its versions. */
export interface StoryReport {
  /** The article read. */
  base: Omit<StoryVersion, 'score' | 'sameUrl'>;
  /** Versions of the story, best first; the first `compared` of them were compared. */
  versions: StoryVersion[];
  /** How many of `versions` were compared (the closest). */
  compared: number;
  /** Articles that may be the same story but are not confidently so: listed apart, never compared. */
  related: StoryVersion[];
  /** The counts the reader sees first. */
  summary: { versions: number; discrepancies: number; missing: number; onlyHere: number };
  /** Changed details other than wording, the most widely contradicted and figures first. */
  discrepancies: Discrepancy[];
  /** Facts the versions carry that the article read lacks, the weightiest first, near-duplicates folded. */
  missing: StoryFact[];
  /** Facts only the article read carries, the weightiest first. */
  onlyHere: StoryFact[];
  /** Sentences too short to be facts ("Why?", "[Engadget]"), set aside from `missing`, kept for the full list. */
  fragments: { text: string; versionIds: string[] }[];
}

// ───────────────────────────── matching ─────────────────────────────

/** A stored article offered to the matcher: the text and what helps tell stories apart. */
export interface LibraryEntry {
  /** Stable identifier, unique within the library. */
  id: string;
  /** Body text. */
  text: string;
  /** Headline, if known. */
  title?: string;
  /** Address (canonical when known), if known. */
  url?: string;
  /** Publication time (ISO 8601), if known. */
  published?: string;
  /** Language tag ("de", "fr-CA"); English when absent. Words are only compared between articles of one language. */
  lang?: string;
}

/** One candidate version of the same story. */
export interface Match {
  /** The library entry's id. */
  id: string;
  /** Probability (0..1) that it reports the same story, from a model fitted on labelled stories; 1 for the same address. */
  score: number;
  /** The decision: is this a version of the same story? (score at or above the calibrated threshold) */
  sameStory: boolean;
  /** How alike the two texts are taken whole (0..1: names, words, numbers, title words), whatever the decision. */
  similarity?: number;
  /** True when it is the same address captured at another time. */
  sameUrl?: boolean;
  /** Evidence: the salient terms (names, numbers, rare words) both share. */
  shared?: string[];
}

/** Matches for one query, best first. */
export interface MatchResult {
  /** The query's id (or file name). */
  query: string;
  /** Candidates, best first. */
  matches: Match[];
}
