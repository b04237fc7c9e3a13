// English: the Porter stemmer and the word lists StoryDiff was first built with, unchanged, so that English
// comparisons and matches stay exactly as they were.
import { stemmer } from 'stemmer';
import { STOPWORDS } from '../text/stopwords';
import { numbers, words } from './lists';
import type { Language } from './types';

export const english: Language = {
  code: 'en',
  name: 'English',
  supported: true,
  stopwords: STOPWORDS,
  stem: stemmer,
  months: [...words('january february march april may june july august september october november december')],
  weekdays: [...words('monday tuesday wednesday thursday friday saturday sunday')],
  numberWords: numbers(
    'zero=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 ' +
      'thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 ' +
      'thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 hundred=100 thousand=1000 ' +
      'million=1000000 billion=1000000000',
  ),
  sayingVerbs: words('said says told added stated claimed announced warned explained insisted noted'),
  quotes: [
    ['“', '”'],
    ['"', '"'],
    ['‘', '’'],
  ],
  abbreviations: words('mr mrs ms dr prof gen sen rep gov lt col capt sgt st rev jr sr u.s u.k'),
  furniture: ['read more', 'read also', 'also read', 'related stories', 'more from', 'click here'],
  decimal: '.',
};
