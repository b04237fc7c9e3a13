// The words of one side of an aligned pair, tokenised once: the sentences' own tokens and terms joined and
// shifted to their place in the joined text, shared by typed changes and uncovered clauses.
import { canonicalTerms, stem, tokenize, type Term, type Token } from '../text';

/** A text with its tokens and canonical terms. */
export interface Tokenised {
  text: string;
  tokens: Token[];
  terms: Term[];
}

/** Tokenises a text from scratch (for a text no sentence list holds). */
export function tokenised(text: string): Tokenised {
  const tokens = tokenize(text);
  return { text, tokens, terms: canonicalTerms(tokens, stem) };
}

/** Sentences joined by one space (as compare() joins a group's side), without tokenising them again. */
export function joined(sentences: Tokenised[]): Tokenised {
  if (sentences.length === 1) return sentences[0] as Tokenised;
  const tokens: Token[] = [];
  const terms: Term[] = [];
  let offset = 0;
  for (const s of sentences) {
    const first = tokens.length;
    for (const t of s.tokens) tokens.push({ ...t, start: t.start + offset, end: t.end + offset });
    for (const t of s.terms) terms.push({ ...t, first: t.first + first, last: t.last + first });
    offset += s.text.length + 1;
  }
  return { text: sentences.map((s) => s.text).join(' '), tokens, terms };
}
