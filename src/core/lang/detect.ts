// Which language a text is written in: franc-min's trigram profiles, checked against what the page declares.
// Chosen over eld and tinyld (see bench/lang.ts): as accurate as eld on article-length text in the languages
// StoryDiff has rules for, at a sixth of its size; tinyld's light profile misreads one English text in thirty.
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Individual languages franc names where ISO 639-1 has only the macrolanguage. */
const MACRO: Readonly<Record<string, string>> = {
  arb: 'ar',
  cmn: 'zh',
  pes: 'fa',
  zlm: 'ms',
  swh: 'sw',
  uzn: 'uz',
  azj: 'az',
  ckb: 'ku',
  plt: 'mg',
  pbu: 'ps',
  npi: 'ne',
};

/**
 * Below this many letters a text (a headline, a teaser) is too short to overrule what the page declares:
 * franc reads 98.5% of semeval-dev texts right from their first 250 characters, 87% from 80.
 */
export const MIN_DETECT_LENGTH = 250;

/**
 * How much of a text is read: its opening says the language as surely as the whole (the same answer on all 247
 * extraction-dev articles of 250 characters or more) in well under half the time.
 */
const SAMPLE_LENGTH = 1000;

/** The language of a text as an ISO 639-1 code (639-3 where there is none), or null when it cannot tell. */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, SAMPLE_LENGTH), { minLength: 20 });
  if (code === 'und') return null;
  return iso6393To1[code] ?? MACRO[code] ?? code;
}

/**
 * The language of an article: the page's declared `lang` where the text agrees or is too short to tell
 * (null when it declares none: read as English, as before languages existed), otherwise what the text is
 * written in (templates declare `lang="en"` over German articles: 7 of the 250
 * extraction-dev pages).
 */
export function checkedLanguage(declared: string | null | undefined, text: string): string | null {
  const tag = declared?.trim() || null;
  const detected = text.length >= MIN_DETECT_LENGTH ? detectLanguage(text) : null;
  if (detected === null) return tag;
  if (tag !== null && tag.split(/[-_]/)[0]?.toLowerCase() === detected) return tag;
  return detected;
}
