// Registers every language StoryDiff has rules for. Imported for its effect by the worker, the command line
// and the benches, where articles are tokenised in their own language; nowhere else, to keep pages small.
import { german } from './de';
import { spanish } from './es';
import { french } from './fr';
import { registerLanguage } from './index';
import { italian } from './it';
import { dutch } from './nl';
import { portuguese } from './pt';

/** The languages with rules of their own besides English. */
export const LANGUAGES = [german, french, spanish, italian, portuguese, dutch] as const;

for (const language of LANGUAGES) registerLanguage(language);
