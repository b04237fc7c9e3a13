// The constants of the matcher, fitted on labelled data (bench/match-fit.ts recomputes them): how much each
// kind of shared feature counts in the texts' similarity, and the logistic model of the same-story decision.
import type { FeatureKind } from './features';

/** Weight of each feature kind's cosine in the combined similarity (normalised over kinds both sides have). */
export const KIND_WEIGHTS: Record<FeatureKind, number> = { word: 1, entity: 0.5, number: 0.5, title: 0.5 };

/** Features of a kind each side needs before that kind's cosine counts in full. */
export const MIN_EVIDENCE = 4;

/** Pseudo-articles assumed not to contain any feature, so idf stays meaningful in a small library. */
export const IDF_PRIOR_ARTICLES = 50;

/**
 * The same-story model: weights in the order of MODEL_INPUTS (decide.ts: the PAIR_FEATURES, then the products of
 * INTERACTING), fitted by bench/match-fit.ts (logistic regression, L2 1) on the tune half of the mixed library —
 * ECB+ dev odd topics, half of the English semeval-dev stories and the seeds, each querying all 995 articles:
 * 28,809 candidates, 2,630 of the same story — and on the distractors among the same queries' candidates in that
 * library with 5,000 distractors made from the tune half's articles (21,336 candidates, weighing 0.3 each), and
 * the real versions once more in closer wording (see closer() in the fit).
 * Weights of features that share evidence (the cosines, overlaps, leading names and their products) mean
 * something only summed; one alone may look the wrong way round.
 * `sameStory` is the least probability called the same story: on the tune half, the lowest one at which
 * precision reaches 0.97 (recall 0.67 there). Candidates below it but at or above `related` are shown apart
 * as possibly related, and never compared unless the reader asks.
 */
export const MODEL = {
  weights: [
    -6.852, -0.873, 5.6, 0.678, 0, 11.086, -2.539, 7.193, -0.863, 6.142, 9.619, -0.623, 2.111, 2.023, -0.309,
    -0.485, -0.565, -0.774, -0.63, 1.826, -0.437, 1.816, 0.48, 0.204, -9.656, -2.689, 0.879, -1.468, -0.853,
    -2.224, 1.396, 2.624, -2.826, -1.986, -1.738, -0.131, 0.658, 1.07, -0.855, -0.318, 1.563, 0.637, -0.397,
    1.055, -1.071, -1.067, 1.323, 0.615, -0.794, 1.219, -1.33, 0.488, -0.447, 0.754, 4.389, 2.357, 1.781,
    1.994, 2.263, -0.506, 0.626, 4.141, -4.546, -0.666, 2.433, -0.965, 0.246, 1.005, 0.811, -0.102, 0.651,
    -1.24, 0.995, 2.414, -0.801, 0.769, 3.549, 0.527, 1.061, 0.533, 1.872, -0.983, 0.215, 0.168, 0.529, 1.063,
    0.51, -1.664, 0.145, -0.844,
  ] as readonly number[],
  sameStory: 0.83,
  related: 0.2,
};
