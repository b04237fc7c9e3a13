// The same-story decision: the evidence of one candidate (what the texts share, whom each is about, when
// each says it happened, which years and figures each gives, how it ranks among the query's candidates) as
// features, and a logistic model fitted on labelled data (bench/match-fit.ts) that turns them into a
// probability. The model also weighs products of the main features: the same words with other names (a
// similar event told in one template) mean the opposite of the same words with the same names.
import { FEATURE_KINDS } from './features';
import { MODEL } from './calibration';
import type { FactsComparison } from './facts';
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
  'dates apart beyond a season (log)',
  'years named shared',
  'years named, none shared',
  'weekdays named, none shared',
  'figures agreeing (measures, up to 3)',
  'figures conflicting (measures, up to 3)',
  'words shared beyond names',
  'number overlap',
  'leading names shared (higher side)',
] as const;

/** Features whose pairwise products (squares included) the model weighs too. */
export const INTERACTING: readonly (typeof PAIR_FEATURES)[number][] = [
  'word cosine',
  'name cosine',
  'number cosine',
  'combined',
  'name overlap',
  'leading names shared',
  'strongest path through another, beyond combined',
  'years named shared',
  'figures agreeing (measures, up to 3)',
  'figures conflicting (measures, up to 3)',
  'key terms shared (lower side)',
];

const INTERACTING_AT = INTERACTING.map((name) => PAIR_FEATURES.indexOf(name));

/** Names of the model's inputs, in the order of MODEL.weights: the features, then their products. */
export const MODEL_INPUTS: readonly string[] = [
  ...PAIR_FEATURES,
  ...INTERACTING.flatMap((a, i) => INTERACTING.slice(i).map((b) => `${a} × ${b}`)),
];

/** The model's inputs for one candidate's features: the features, then the products of INTERACTING. */
export function modelInputs(features: readonly number[]): number[] {
  const out = [...features];
  for (let i = 0; i < INTERACTING_AT.length; i++) {
    const a = features[INTERACTING_AT[i] as number] as number;
    for (let j = i; j < INTERACTING_AT.length; j++)
      out.push(a * (features[INTERACTING_AT[j] as number] as number));
  }
  return out;
}

/**
 * Days apart that say nothing (a season: one story's follow-ups come weeks later), and at which "dates apart"
 * reaches 1 (ten years).
 */
const NEAR = Math.log1p(90);
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
  facts: FactsComparison,
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
    // say nothing of the story, while dates seasons or years apart say it is another event.
    days === null ? 0 : Math.min(1, Math.max(0, Math.log1p(days) - NEAR) / (FAR - NEAR)),
    orZero(facts.years),
    facts.years === 0 ? 1 : 0,
    orZero(facts.weekdaysDisjoint),
    Math.min(3, facts.figuresAgree) / 3,
    Math.min(3, facts.figuresConflict) / 3,
    k('word') * (1 - k('entity')),
    orZero(evidence.overlaps[FEATURE_KINDS.indexOf('number')]),
    orZero(evidence.leadNamesHigh),
  ];
}

/** The probability of the same story from model inputs (modelInputs()). */
export function logistic(inputs: readonly number[], weights: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < inputs.length; i++) z += (inputs[i] as number) * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The probability that a candidate with these features (PAIR_FEATURES order) reports the same story. */
export function probability(features: readonly number[], weights: readonly number[] = MODEL.weights): number {
  return logistic(modelInputs(features), weights);
}
