// Languages: one module per language behind one interface (types.ts), looked up by an article's language tag.
// English is built in, and the default for text of unknown language, as StoryDiff read every text before
// languages existed. The other languages' stemmers and lists are registered by `./all`, which only the
// worker, the command line and the benches import: the pages that render results (the popup) never load them.
import { english } from './en';
import { neutral } from './neutral';
import type { Language } from './types';

export type { Language } from './types';

const modules = new Map<string, Language>([[english.code, english]]);
const fallbacks = new Map<string, Language>();

/** Makes a language's rules available to languageOf (see ./all). */
export function registerLanguage(language: Language): void {
  modules.set(language.code, language);
  fallbacks.delete(language.code);
}

/** Codes of the languages with rules of their own, as registered. */
export function supportedLanguages(): string[] {
  return [...modules.keys()];
}

/** The primary language subtag of a BCP 47 tag, lower case ("de-AT" → "de"), or null for none. */
export function baseLanguage(tag: string | null | undefined): string | null {
  const base = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return base && /^[a-z]{2,3}$/.test(base) ? base : null;
}

/** The rules for a language tag: its own module, the neutral fallback, or English when the tag is unknown. */
export function languageOf(tag: string | null | undefined): Language {
  const base = baseLanguage(tag);
  if (base === null) return english;
  const known = modules.get(base);
  if (known) return known;
  let fallback = fallbacks.get(base);
  if (!fallback) fallbacks.set(base, (fallback = neutral(base)));
  return fallback;
}
