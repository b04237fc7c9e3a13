// Portuguese: Snowball stemmer, stopwords-iso, and the words Portuguese news writes dates, figures and quotes with.
import { stemmer } from '@orama/stemmers/portuguese';
import { decimalOf, fold, numbers, words } from './lists';
import { stopwordsOf } from './stopwords-iso';
import type { Language } from './types';

export const portuguese: Language = {
  code: 'pt',
  name: 'Portuguese',
  supported: true,
  stopwords: stopwordsOf('pt'),
  stem: (word) => fold(stemmer(word)),
  months: [
    ...words('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  ],
  weekdays: [...words('segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo')],
  numberWords: numbers(
    'zero=0 um=1 uma=1 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 ' +
      'doze=12 vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 ' +
      'cem=100 mil=1000 milhão=1000000 milhões=1000000 bilhão=1000000000 bilhões=1000000000',
  ),
  sayingVerbs: words(
    'disse disseram diz afirmou afirma declarou declara explicou explica anunciou destacou acrescentou',
  ),
  quotes: [
    ['“', '”'],
    ['«', '»'],
  ],
  abbreviations: words('sr sra dr dra prof av etc pág n'),
  furniture: ['leia também', 'leia mais', 'veja também', 'saiba mais', 'notícias relacionadas'],
  decimal: decimalOf('pt'),
};
