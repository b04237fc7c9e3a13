// One article against several versions of its story: the facts the others carry that it lacks, merged
// across versions (a fact two outlets report is listed once, with both), and which versions carry each
// of its own facts.
import { compare } from './compare';
import type { Article, Comparison, FactAcrossVersions } from './model';
import { tokenize } from './text';

/** An article with its library id. */
export interface Version {
  /** Library id. */
  id: string;
  /** The article. */
  article: Article;
}

/** The story across versions, from the point of view of the article being read. */
export interface StoryAcrossVersions {
  /** The comparison of the base against each version, keyed by the version's id. */
  comparisons: Map<string, Comparison>;
  /** Facts some versions carry that the base lacks, the most widely reported first. */
  missing: FactAcrossVersions[];
  /** The base's facts with the versions that also carry them (the base's id first). */
  facts: FactAcrossVersions[];
}

/** Sentences that share this much of their content words (Dice) report the same fact. */
const SAME_FACT = 0.5;

function contentStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => !t.stop)
      .map((t) => t.stem),
  );
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Merges each version's unmatched sentences into facts, one fact per thing reported. */
function mergeMissing(versions: Version[], comparisons: Map<string, Comparison>): FactAcrossVersions[] {
  const facts: { fact: FactAcrossVersions; stems: Set<string>; order: number }[] = [];
  for (const version of versions) {
    for (const sentence of comparisons.get(version.id)?.onlyInOther ?? []) {
      const stems = contentStems(sentence.text);
      const same = facts.find(
        (f) => !f.fact.versionIds.includes(version.id) && dice(f.stems, stems) >= SAME_FACT,
      );
      if (same) same.fact.versionIds.push(version.id);
      else
        facts.push({ fact: { text: sentence.text, versionIds: [version.id] }, stems, order: facts.length });
    }
  }
  return facts
    .sort((a, b) => b.fact.versionIds.length - a.fact.versionIds.length || a.order - b.order)
    .map((f) => f.fact);
}

/** The base's compared sentences with the versions whose comparison aligned them. */
function baseFacts(
  base: Version,
  versions: Version[],
  comparisons: Map<string, Comparison>,
): FactAcrossVersions[] {
  const carriers = new Map<number, { text: string; ids: string[] }>();
  const note = (index: number, text: string, id: string | null) => {
    const entry = carriers.get(index) ?? { text, ids: [base.id] };
    if (id && !entry.ids.includes(id)) entry.ids.push(id);
    carriers.set(index, entry);
  };
  for (const version of versions) {
    const comparison = comparisons.get(version.id);
    for (const pair of comparison?.aligned ?? []) {
      note(Math.min(...pair.base.indices), pair.base.text, version.id);
    }
    for (const sentence of comparison?.onlyInBase ?? []) note(sentence.index, sentence.text, null);
  }
  return [...carriers.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { text, ids }]) => ({ text, versionIds: ids }));
}

/**
 * Compares `base` with each of `versions` (best match first) and merges what they report. The versions
 * come from the matcher, whose same-story decision is calibrated on whole libraries: the comparison's own
 * verdict (two texts alone) is not asked to decide again, so its threshold is set to zero here.
 */
export function compareWithVersions(base: Version, versions: Version[]): StoryAcrossVersions {
  const comparisons = new Map<string, Comparison>();
  for (const version of versions) {
    comparisons.set(version.id, compare(base.article, version.article, { sameStoryThreshold: 0 }));
  }
  return {
    comparisons,
    missing: mergeMissing(versions, comparisons),
    facts: baseFacts(base, versions, comparisons),
  };
}
