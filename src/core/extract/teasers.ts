// Tells a page of teasers (a news site's home or section page: headlines linking to other articles, each
// with a line or two of summary) from an article, by the shape of the text Readability chose.
import { blocksOf } from './blocks';

/** A block mostly of link text, of headline length: a teaser's headline pointing to another article. */
const HEADLINE_WORDS = 4;
const LINKED = 0.6;
/** Text after a headline shorter than this (words) is the teaser's summary, not a story. */
const SUMMARY_WORDS = 60;
/** A story has at least one run of text this long between headlines; a page of teasers does not. */
const DOMINANT_WORDS = 150;
/** How many teasers make a list of them. */
const MIN_TEASERS = 5;
/** Share of the text that must sit in teaser summaries. */
const SUMMARY_SHARE = 0.6;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The shape of a piece of page: teaser headlines, and how its running text is spread between them. */
export interface TeaserShape {
  /** Headline-length blocks that are mostly a link. */
  teasers: number;
  /** Words of text that is not mostly links. */
  words: number;
  /** Share of those words in short runs right after a teaser headline: summaries. */
  summaryShare: number;
  /** The longest run of text between two teaser headlines, in words. */
  longestRun: number;
}

/** Measures the teaser shape of `root`. */
export function teaserShape(root: Element): TeaserShape {
  let [teasers, words, summaries, run, longestRun, afterTeaser] = [0, 0, 0, 0, 0, false];
  const close = () => {
    if (afterTeaser && run < SUMMARY_WORDS) summaries += run;
    longestRun = Math.max(longestRun, run);
    run = 0;
  };
  for (const block of blocksOf(root)) {
    const n = wordCount(block.text);
    const linked = block.linkChars / Math.max(1, block.text.length);
    if (linked >= LINKED && n >= HEADLINE_WORDS) {
      close();
      teasers++;
      afterTeaser = true;
    } else if (linked < LINKED) {
      run += n;
      words += n;
    }
  }
  close();
  return { teasers, words, summaryShare: words ? summaries / words : 0, longestRun };
}

/** Whether the text is a list of teasers: many linked headlines, the text in their summaries, no long story. */
export function isTeaserList(root: Element | null | undefined): boolean {
  if (!root) return false;
  const shape = teaserShape(root);
  return (
    shape.teasers >= MIN_TEASERS && shape.summaryShare >= SUMMARY_SHARE && shape.longestRun < DOMINANT_WORDS
  );
}
