// The seed check: the five seed versions of the Kremlin story, put among the ECB+ dev articles, are called
// the same story as each other and as none of the others.
import { MatchIndex } from '../src/core/match/index';
import type { LabelledEntry } from './match-data';

/** Seeds among ECB+: how many seed pairs are called the same story, and how many seed–ECB+ pairs. */
export function seedCheck(ecb: LabelledEntry[], seeds: LabelledEntry[]) {
  const index = new MatchIndex();
  for (const e of [...ecb, ...seeds]) index.add(e);
  let seedPairs = 0;
  let falseMatches = 0;
  let lowestSeedScore = 1;
  let highestEcbScore = 0;
  for (const s of seeds) {
    for (const m of index.query(s, { top: 1000, excludeId: s.id })) {
      if (m.id.startsWith('seed:')) {
        if (m.sameStory) seedPairs++;
        lowestSeedScore = Math.min(lowestSeedScore, m.score);
      } else {
        if (m.sameStory) falseMatches++;
        highestEcbScore = Math.max(highestEcbScore, m.score);
      }
    }
  }
  return {
    seedPairs,
    expectedSeedPairs: seeds.length * (seeds.length - 1),
    falseMatches,
    lowestSeedScore,
    highestEcbScore,
  };
}
