// The stopwords-iso lists of the languages StoryDiff has rules for. Only these keys are imported, so the
// bundle carries six lists, not the package's fifty-odd (English keeps its own list, see text/stopwords.ts).
import { de, es, fr, it, nl, pt } from 'stopwords-iso/stopwords-iso.json';
import { fold } from './lists';

const LISTS = { de, es, fr, it, nl, pt };

/** The stopwords-iso list of a language, folded, without figures (which are facts, not function words). */
export function stopwordsOf(code: keyof typeof LISTS): ReadonlySet<string> {
  return new Set(LISTS[code].filter((w) => !/\d/.test(w)).map(fold));
}
