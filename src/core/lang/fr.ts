// French: Snowball stemmer, stopwords-iso, and the words French news writes dates, figures and quotes with.
import { stemmer } from '@orama/stemmers/french';
import { decimalOf, fold, numbers, words } from './lists';
import { stopwordsOf } from './stopwords-iso';
import type { Language } from './types';

export const french: Language = {
  code: 'fr',
  name: 'French',
  supported: true,
  stopwords: stopwordsOf('fr'),
  stem: (word) => fold(stemmer(word)),
  months: [...words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre')],
  weekdays: [...words('lundi mardi mercredi jeudi vendredi samedi dimanche')],
  numberWords: numbers(
    'zéro=0 un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 ' +
      'treize=13 quatorze=14 quinze=15 seize=16 vingt=20 trente=30 quarante=40 cinquante=50 soixante=60 ' +
      'cent=100 mille=1000 million=1000000 millions=1000000 milliard=1000000000 milliards=1000000000',
  ),
  sayingVerbs: words(
    'dit déclaré a affirmé affirme affirmait expliqué explique annoncé annonce indiqué indique souligné ' +
      'ajouté ajoute estimé estime précisé précise assuré assure',
  ),
  quotes: [
    ['«', '»'],
    ['“', '”'],
  ],
  abbreviations: words('m mm mme mmes mlle dr pr me st ste av etc cf p ex env'),
  furniture: [
    'lire aussi',
    'lire la suite',
    'à lire aussi',
    'voir aussi',
    'sur le même sujet',
    'pour aller plus loin',
  ],
  elision: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i,
  decimal: decimalOf('fr'),
};
