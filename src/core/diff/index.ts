// Word diffs and typed changes inside aligned pairs (never across whole articles).
export { wordDiff, MAX_EDIT_LENGTH, MAX_DIFF_CHARS } from './words';
export { changesBetween } from './changes';
export { saidIn, uncoveredParts } from './uncovered';
export { joined, tokenised, type Tokenised } from './joined';
