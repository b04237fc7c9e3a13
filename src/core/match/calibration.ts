// The constants of the matcher's score, fitted on ../shared/corpora/ecbplus-dev (see bench/match.ts,
// which recomputes them): how much each kind of shared feature counts, and where "same story" begins.
import type { FeatureKind } from './features';

/** Weight of each feature kind's cosine in the combined score (normalised over kinds both sides have). */
export const KIND_WEIGHTS: Record<FeatureKind, number> = { word: 1, entity: 0.5, number: 0.5, title: 0.5 };

/**
 * Score at or above which two articles are called the same story. Chosen as the threshold that maximises
 * F1 of the pairwise same-story decision over all 85,078 ECB+ dev pairs (best: 0.1985, F1 0.85),
 * rounded, then checked on the seeds (seed pairs score ≥ 0.39, seed–ECB+ pairs ≤ 0.10).
 */
export const SAME_STORY_THRESHOLD = 0.2;

/** Features of a kind each side needs before that kind's cosine counts in full. */
export const MIN_EVIDENCE = 4;

/** Pseudo-articles assumed not to contain any feature, so idf stays meaningful in a small library. */
export const IDF_PRIOR_ARTICLES = 50;

/** Days between publication dates within which dates count as close: news of one event clusters. */
export const CLOSE_DAYS = 3;
/** Beyond CLOSE_DAYS the score is multiplied by a factor falling linearly to this floor at FAR_DAYS. */
export const DATE_FLOOR = 0.5;
export const FAR_DAYS = 60;
