// The language-neutral fallback for a language StoryDiff has no rules for: words are compared as written
// (case and accents folded), with no stop words, no stemming and none of another language's word lists.
import { fold } from './lists';
import type { Language } from './types';

const NONE: ReadonlySet<string> = new Set();

/** The English name of a language code ("tr" → "Turkish"), or the code when Intl does not know it. */
function nameOf(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Rules for a language without a module of its own: nothing but the code. */
export function neutral(code: string): Language {
  return {
    code,
    name: nameOf(code),
    supported: false,
    stopwords: NONE,
    stem: fold,
    months: [],
    weekdays: [],
    numberWords: new Map(),
    sayingVerbs: NONE,
    quotes: [
      ['“', '”'],
      ['«', '»'],
      ['„', '“'],
      ['"', '"'],
    ],
    abbreviations: NONE,
    furniture: [],
    decimal: '.',
  };
}
