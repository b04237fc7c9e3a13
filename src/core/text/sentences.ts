// The sentences of an article, numbered, tokenised and sorted into those compared as facts and those set
// aside (headings, page furniture, repeats), so that every sentence is accounted for exactly once.
import type { BlockKind, SetAsideReason } from '../model';
import { paragraphsOf, type ArticleLike } from './article';
import { isBoilerplate, looksLikeHeading } from './boilerplate';
import { canonicalTerms, type Term } from './normalize';
import { splitSentences } from './segment';
import { FIRST_PERSON } from './lexicon-en';
import { stemmerFor, tokenize, type Token } from './tokens';

/** One sentence of an article, ready for alignment and diff. */
export interface Sentence {
  /** Index among all sentences of the article (0-based, headings included). */
  index: number;
  /** The sentence as written. */
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  /** The kind of block it came from. */
  kind: BlockKind;
  /** Why it is not compared, or null when it is. */
  setAside: SetAsideReason | null;
  /** Its words. */
  tokens: Token[];
  /** Its canonical terms (numbers, units, name variants folded). */
  terms: Term[];
}

function dedupeKey(tokens: Token[]): string {
  return tokens.map((t) => t.norm).join(' ');
}

/**
 * True for the writer's own opinion: a question put to the reader, or the writer speaking in the first person,
 * outside any quotation (a quote is reported speech, a fact). It states nothing a reader could check.
 */
function isOpinion(text: string, tokens: Token[]): boolean {
  if (/["“”«»]/u.test(text)) return false;
  if (/\?\s*$/u.test(text)) return true;
  return tokens.some((t) => FIRST_PERSON.has(t.norm) && (t.text !== 'US' || t.norm !== 'us'));
}

function reasonFor(
  text: string,
  kind: BlockKind,
  paragraph: { text: string; furniture: boolean },
  locale: string,
): SetAsideReason | null {
  // A sentence that is its whole paragraph was judged with it.
  if (paragraph.furniture || (text !== paragraph.text && isBoilerplate(text, locale))) return 'boilerplate';
  if (kind === 'heading') return 'heading';
  return null;
}

/** Splits an article into sentences and marks those that are not facts. */
export function sentencesOf(article: ArticleLike): Sentence[] {
  const locale = article.lang ?? 'en';
  const seen = new Set<string>();
  const stem = stemmerFor(locale);
  const title = article.title ? dedupeKey(tokenize(article.title, locale)) : null;
  const out: Sentence[] = [];
  paragraphsOf(article).forEach((paragraph, p) => {
    const kind: BlockKind =
      paragraph.kind === 'paragraph' && looksLikeHeading(paragraph.text) ? 'heading' : paragraph.kind;
    const whole = { text: paragraph.text.trim(), furniture: isBoilerplate(paragraph.text, locale) };
    const spans =
      kind === 'heading' ? [{ text: paragraph.text.trim() }] : splitSentences(paragraph.text, locale);
    for (const span of spans) {
      const tokens = tokenize(span.text, locale);
      const key = dedupeKey(tokens);
      let setAside = reasonFor(span.text, kind, whole, locale);
      if (setAside === null && isOpinion(span.text, tokens)) setAside = 'opinion';
      if (setAside === null && key === title) setAside = 'heading';
      if (key.length > 0 && seen.has(key)) setAside = 'duplicate';
      if (key.length > 0) seen.add(key);
      if (span.text.length === 0) continue;
      out.push({
        index: out.length,
        text: span.text,
        paragraph: p,
        kind,
        setAside,
        tokens,
        terms: canonicalTerms(tokens, stem),
      });
    }
  });
  // A text that is nothing but a heading or two ("a 66-year-old man was arrested", one line) is what there is
  // to compare: set aside, the two versions would be called different stories with nothing listed.
  if (out.every((s) => s.setAside !== null))
    for (const s of out) if (s.setAside === 'heading') s.setAside = null;
  return out;
}
