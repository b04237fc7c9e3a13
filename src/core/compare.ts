// The one entry point of the comparison engine, called by the extension worker and the CLI: two versions of a
// story in, a Comparison out (facts only in one, aligned sentences with typed changes and word diffs).
import { alignSentences, DEFAULT_ALIGN_OPTIONS, type Alignment } from './align';
import type { AssignOptions } from './align/assign';
import { changesBetween, joined, saidIn, uncoveredParts, wordDiff, MAX_EDIT_LENGTH } from './diff';
import type {
  AlignedPair,
  Change,
  Comparison,
  SetAsideSentence,
  UnmatchedSentence,
  VersionInfo,
} from './model';
import { sentencesOf, type ArticleLike, type Sentence } from './text';

export type { ArticleLike } from './text';
export { articleFromText } from './text';

/** Tuning of compare(); the defaults are calibrated (see bench/compare.ts). */
export interface CompareOptions {
  /** Alignment thresholds. */
  align?: AssignOptions;
  /** Least similarity for two articles to count as the same story. */
  sameStoryThreshold?: number;
  /** Edit budget of each word diff. */
  maxEditLength?: number;
}

/**
 * Calibrated on ecbplus-dev (bench/compare.ts prints the figures): about 73% of same-story article pairs
 * score above it, 13% of pairs of different events of the same kind (two earthquakes, two rehab check-ins)
 * and 0.1% of unrelated pairs. Set low on purpose: a missed same-story verdict hides the whole comparison.
 */
export const SAME_STORY_THRESHOLD = 0.2;

// An article is often compared with several others (the worker, `--pairs`): its sentences are computed once.
const sentenceCache = new WeakMap<ArticleLike, Sentence[]>();

function sentencesCached(article: ArticleLike): Sentence[] {
  let sentences = sentenceCache.get(article);
  if (!sentences) {
    sentences = sentencesOf(article);
    sentenceCache.set(article, sentences);
  }
  return sentences;
}

function versionInfo(article: ArticleLike, sentences: Sentence[]): VersionInfo {
  return {
    title: article.title ?? '',
    siteName: article.siteName ?? null,
    url: article.url ?? null,
    publishedTime: article.publishedTime ?? null,
    sentenceCount: sentences.length,
  };
}

function setAsideOf(sentences: Sentence[]): SetAsideSentence[] {
  return sentences.flatMap((s) => (s.setAside ? [{ text: s.text, index: s.index, reason: s.setAside }] : []));
}

/**
 * Whether the two articles tell one story: the larger of how much of each aligns sentence by sentence and the
 * similarity of their texts taken whole (same-story articles written independently share names and rare
 * words even where few sentences correspond). Calibrated with SAME_STORY_THRESHOLD.
 */
function storyLikeness(alignment: Alignment): number {
  const { base, other, alignedBase, alignedOther } = alignment.weight;
  if (base === 0 || other === 0) return 0;
  // Geometric mean of the two coverages: a brief wholly contained in a long article still scores well.
  const aligned = Math.sqrt((alignedBase / base) * (alignedOther / other));
  return Math.min(1, Math.max(aligned, alignment.documentSimilarity));
}

/**
 * The similarity shown to readers: as storyLikeness, but each aligned pair counts at its own similarity, so
 * that two texts differing in one figure are not "100% alike".
 */
function similarityOf(alignment: Alignment): number {
  const { base, other, scoredBase, scoredOther } = alignment.weight;
  if (base === 0 || other === 0) return 0;
  const aligned = Math.sqrt((scoredBase / base) * (scoredOther / other));
  return Math.min(1, Math.max(aligned, alignment.documentSimilarity));
}

type Said = ReturnType<typeof saidIn>;
const saidCache = new WeakMap<Sentence[], Said>();

/** What an article says (the terms of the sentences compared as facts), once per article like its sentences. */
function saidCached(sentences: Sentence[]): Said {
  let said = saidCache.get(sentences);
  if (!said) {
    said = saidIn(sentences.filter((s) => s.setAside === null));
    saidCache.set(sentences, said);
  }
  return said;
}

function textOf(sentences: Sentence[], indices: number[]): string {
  return indices.map((i) => sentences[i]?.text ?? '').join(' ');
}

function unmatched(list: Alignment['onlyInBase'], mine: Sentence[], theirs: Sentence[]): UnmatchedSentence[] {
  return list.map((u) => {
    const text = mine[u.index]?.text ?? '';
    if (!u.closest) return { text, index: u.index };
    const closest = {
      index: u.closest.index,
      text: theirs[u.closest.index]?.text ?? '',
      score: u.closest.score,
    };
    return { text, index: u.index, closest };
  });
}

/** Whether `value` is written in one of `sentences`, as a whole token ("28" is not in "128"). */
function writtenIn(value: string, sentences: readonly Sentence[]): boolean {
  const wanted = value.trim().toLowerCase();
  if (wanted === '') return false;
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
  return sentences.some((s) => re.test(s.text.toLowerCase()));
}

/**
 * A detail one side of a pair does not give, which that side's version gives elsewhere in the same words
 * ("Teixeira, 28," in another sentence): not a difference between the versions, only between two sentences.
 */
function givenElsewhere(change: Change, base: readonly Sentence[], other: readonly Sentence[]): boolean {
  if (change.base === '' && change.other !== '') return writtenIn(change.other, base);
  if (change.other === '' && change.base !== '') return writtenIn(change.base, other);
  return false;
}

/** Compares two versions of a story. BASE is the one being read; OTHER the one it is compared against. */
export function compare(base: ArticleLike, other: ArticleLike, options: CompareOptions = {}): Comparison {
  const baseSentences = sentencesCached(base);
  const otherSentences = sentencesCached(other);
  const alignment = alignSentences(baseSentences, otherSentences, options.align ?? DEFAULT_ALIGN_OPTIONS);
  const similarity = similarityOf(alignment);
  const sameStory = storyLikeness(alignment) >= (options.sameStoryThreshold ?? SAME_STORY_THRESHOLD);
  const maxEditLength = options.maxEditLength ?? MAX_EDIT_LENGTH;
  const said = sameStory ? { base: saidCached(baseSentences), other: saidCached(otherSentences) } : null;
  const aligned: AlignedPair[] = said
    ? alignment.groups.map((g) => {
        const baseText = textOf(baseSentences, g.base);
        const otherText = textOf(otherSentences, g.other);
        const diff = wordDiff(baseText, otherText, maxEditLength);
        const pair = {
          base: { text: baseText, indices: g.base },
          other: { text: otherText, indices: g.other },
          score: g.score,
        };
        if (baseText === otherText) return { ...pair, changes: [], diff };
        const sides = {
          base: g.base.map((i) => baseSentences[i] as Sentence),
          other: g.other.map((i) => otherSentences[i] as Sentence),
        };
        const words = { base: joined(sides.base), other: joined(sides.other) };
        const uncovered = uncoveredParts(
          { sentences: sides.base, joined: words.base },
          { sentences: sides.other, joined: words.other },
          said,
        );
        return {
          ...pair,
          changes: changesBetween(baseText, otherText, diff, words).filter(
            (c) => !givenElsewhere(c, baseSentences, otherSentences),
          ),
          diff,
          ...(uncovered.length > 0 ? { uncovered } : {}),
        };
      })
    : [];
  return {
    similarity,
    sameStory,
    base: versionInfo(base, baseSentences),
    other: versionInfo(other, otherSentences),
    onlyInBase: sameStory ? unmatched(alignment.onlyInBase, baseSentences, otherSentences) : [],
    onlyInOther: sameStory ? unmatched(alignment.onlyInOther, otherSentences, baseSentences) : [],
    aligned,
    setAside: { base: setAsideOf(baseSentences), other: setAsideOf(otherSentences) },
  };
}
