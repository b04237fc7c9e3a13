// One article against several versions of its story: the comparison with each, and which versions carry
// each of its own facts. What it lacks, ranked and folded across versions, is the StoryReport's (story/).
import { compare } from './compare';
import type { Article, Comparison, FactAcrossVersions } from './model';

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
  /** The base's facts with the versions that also carry them (the base's id first). */
  facts: FactAcrossVersions[];
}

/** The base's compared sentences with the versions whose comparison (keyed by version id) aligned them. */
export function baseFacts(baseId: string, comparisons: Map<string, Comparison>): FactAcrossVersions[] {
  const carriers = new Map<number, { text: string; ids: string[] }>();
  const note = (index: number, text: string, id: string | null) => {
    const entry = carriers.get(index) ?? { text, ids: [baseId] };
    if (id && !entry.ids.includes(id)) entry.ids.push(id);
    carriers.set(index, entry);
  };
  for (const [id, comparison] of comparisons) {
    for (const pair of comparison?.aligned ?? []) {
      note(Math.min(...pair.base.indices), pair.base.text, id);
    }
    for (const sentence of comparison?.onlyInBase ?? []) note(sentence.index, sentence.text, null);
  }
  return [...carriers.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { text, ids }]) => ({ text, versionIds: ids }));
}

/**
 * Compares `base` with each of `versions` (best match first) and notes which versions carry each of its facts. The versions
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
    facts: baseFacts(base.id, comparisons),
  };
}
