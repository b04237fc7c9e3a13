// Scores "facts you are missing" against the hand-written gold (seed-facts.json) on every ordered seed pair:
// precision = reported sentences that carry a fact really missing from BASE; recall = missing facts reported,
// as a sentence of their own or as an uncovered clause of an aligned pair (a fact folded into a longer
// sentence, #13). The clauses' own precision is kept beside it (`clauses`): the seeds are paraphrases of one
// another padded with commentary, where it is low, unlike independent outlets (test/gold/ecbplus-gold.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEEDS } from '../paths';
import type { Comparison } from '../../src/core/model';

/** One fact of the gold file. */
export interface GoldFact {
  id: string;
  fact: string;
  /** Seed → snippets naming the sentences that carry the fact there. */
  in: Record<string, string[]>;
  /** Seeds that give only part of the fact. */
  partial?: string[];
}

/** The gold file. */
export interface Gold {
  seeds: Record<string, string>;
  facts: GoldFact[];
}

/** Scores of one ordered pair. */
export interface PairScore {
  base: string;
  other: string;
  /** Reported sentences carrying a missing fact. */
  truePositives: number;
  /** Reported sentences carrying no missing fact: facts BASE has, said in other words, or noise. */
  falsePositives: string[];
  /** Facts OTHER has and BASE lacks. */
  missing: string[];
  /** Missing facts reported neither as a sentence nor as an uncovered clause. */
  lost: string[];
  /** Missing facts not reported as sentences but surfaced as an uncovered clause of an aligned pair. */
  inClauses: string[];
  /** Uncovered clauses of OTHER surfaced, and how many of them carry a missing fact. */
  clauses: { surfaced: number; carryingMissing: number };
}

export const GOLD: Gold = JSON.parse(readFileSync(new URL('./seed-facts.json', import.meta.url), 'utf8')) as Gold;

/** Text of a seed. */
export function seedText(id: string): string {
  return readFileSync(resolve(SEEDS, GOLD.seeds[id] ?? ''), 'utf8');
}

/** The gold facts a sentence of seed `seed` carries. */
export function factsIn(seed: string, sentence: string): GoldFact[] {
  return GOLD.facts.filter((f) => (f.in[seed] ?? []).some((snippet) => sentence.includes(snippet)));
}

/** Scores the facts reported as missing from `base` (onlyInOther) against the gold. */
export function scorePair(base: string, other: string, result: Comparison): PairScore {
  const uncertain = (f: GoldFact) => (f.partial ?? []).some((s) => s === base || s === other);
  const isMissing = (f: GoldFact) => f.in[other] !== undefined && f.in[base] === undefined;
  const missing = GOLD.facts.filter((f) => isMissing(f) && !uncertain(f));
  const reported = new Set<string>();
  let truePositives = 0;
  const falsePositives: string[] = [];
  for (const s of result.onlyInOther) {
    const facts = factsIn(other, s.text);
    facts.forEach((f) => reported.add(f.id));
    if (facts.some(isMissing)) truePositives++;
    else if (!facts.some(uncertain)) falsePositives.push(s.text);
  }
  const clauses = { surfaced: 0, carryingMissing: 0 };
  const inClauses = new Set<string>();
  for (const part of result.aligned.flatMap((p) => p.uncovered ?? []).filter((u) => u.side === 'other')) {
    const facts = factsIn(other, part.text).filter(isMissing);
    clauses.surfaced++;
    if (facts.length > 0) clauses.carryingMissing++;
    facts.filter((f) => !reported.has(f.id)).forEach((f) => inClauses.add(f.id));
  }
  return {
    base,
    other,
    inClauses: [...inClauses],
    clauses,
    truePositives,
    falsePositives,
    missing: missing.map((f) => f.id),
    lost: missing.filter((f) => !reported.has(f.id) && !inClauses.has(f.id)).map((f) => f.id),
  };
}

/** Precision and recall over a set of pair scores (micro-averaged). */
export function totals(scores: PairScore[]): { precision: number; recall: number; reported: number; missing: number } {
  const tp = scores.reduce((s, p) => s + p.truePositives, 0);
  const fp = scores.reduce((s, p) => s + p.falsePositives.length, 0);
  const missing = scores.reduce((s, p) => s + p.missing.length, 0);
  const lost = scores.reduce((s, p) => s + p.lost.length, 0);
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: missing === 0 ? 1 : (missing - lost) / missing,
    reported: tp + fp,
    missing,
  };
}

/** All 20 ordered pairs of seeds. */
export function orderedSeedPairs(): [string, string][] {
  const ids = Object.keys(GOLD.seeds);
  return ids.flatMap((a) => ids.filter((b) => b !== a).map((b): [string, string] => [a, b]));
}
