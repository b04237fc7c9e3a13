// The same-story decision: the evidence of one candidate (what the texts share, whom each is about, when
// each says it happened, how it ranks among the query's candidates) as features, and a logistic model fitted
// on labelled data (bench/match-fit.ts) that turns them into a probability.
import { FEATURE_KINDS } from './features';
import { MODEL } from './calibration';
import type { PairEvidence } from './score';

/** The features of one candidate, in the order of MODEL.weights. */
export const PAIR_FEATURES = [
  'bias',
  'word cosine',
  'name cosine',
  'number cosine',
  'title cosine',
  'combined',
  'word overlap',
  'name overlap',
  'combined / best of query',
  'support of the nearest, beyond combined',
  'strongest path through another, beyond combined',
  'leading names shared',
  'key terms shared (lower side)',
  'key terms shared (higher side)',
  'no leading names',
  'dates apart beyond a week (log)',
] as const;

/** Days apart that say nothing (a week), and at which "dates apart" reaches 1 (ten years). */
const NEAR = Math.log1p(7);
const FAR = Math.log1p(3650);

function orZero(x: number | undefined): number {
  return x === undefined || Number.isNaN(x) ? 0 : x;
}

/**
 * The feature vector of one candidate; `best` is the highest `combined` among the query's candidates,
 * `support` how like the query's nearest candidates this one is.
 */
export function pairFeatures(
  evidence: PairEvidence,
  best: number,
  days: number | null,
  support: { mean: number; path: number },
): number[] {
  const k = (name: (typeof FEATURE_KINDS)[number]) => orZero(evidence.cosines[FEATURE_KINDS.indexOf(name)]);
  return [
    1,
    k('word'),
    k('entity'),
    k('number'),
    k('title'),
    evidence.combined,
    orZero(evidence.overlaps[FEATURE_KINDS.indexOf('word')]),
    orZero(evidence.overlaps[FEATURE_KINDS.indexOf('entity')]),
    best > 0 ? evidence.combined / best : 0,
    // Only as evidence beyond the direct similarity: a story told twice has no other version to vouch for it,
    // and must not look less likely for that.
    Math.max(0, support.mean - evidence.combined),
    Math.max(0, support.path - evidence.combined),
    orZero(evidence.leadNames),
    evidence.keyTerms.low,
    evidence.keyTerms.high,
    Number.isNaN(evidence.leadNames) ? 1 : 0,
    // Only distance counts: in a reader's library most articles are of the same week, so dates close together
    // say nothing of the story, while dates months or years apart say it is another event.
    days === null ? 0 : Math.min(1, Math.max(0, Math.log1p(days) - NEAR) / (FAR - NEAR)),
  ];
}

/** The probability that a candidate with these features reports the same story. */
export function probability(features: number[], weights: readonly number[] = MODEL.weights): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (features[i] as number) * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
