// The text layer: sentences, tokens and canonical terms, shared by alignment, diff and matching.
export { tokenize, normalizeWord, stem, type Token } from './tokens';
export { STOPWORDS } from './stopwords';
export { canonicalTerms, nameKey, numberValue, type Term } from './normalize';
export { splitSentences, type SentenceSpan } from './segment';
export { isBoilerplate, looksLikeHeading } from './boilerplate';
export { articleFromText, paragraphsOf, type ArticleLike, type ArticleMeta } from './article';
export { sentencesOf, type Sentence } from './sentences';
export { datesOf, numbersOf, quotesOf, speakerOf, isDateWord, type Detail, type DateUnit } from './details';
export { cleanText, cleanArticle, BIDI_CONTROLS } from './clean';
export { synonymKey } from './synonyms';
