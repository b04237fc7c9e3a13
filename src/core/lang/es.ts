// Spanish: Snowball stemmer, stopwords-iso, and the words Spanish news writes dates, figures and quotes with.
import { stemmer } from '@orama/stemmers/spanish';
import { decimalOf, fold, numbers, words } from './lists';
import { stopwordsOf } from './stopwords-iso';
import type { Language } from './types';

export const spanish: Language = {
  code: 'es',
  name: 'Spanish',
  supported: true,
  stopwords: stopwordsOf('es'),
  stem: (word) => fold(stemmer(word)),
  months: [
    ...words(
      'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    ),
  ],
  weekdays: [...words('lunes martes miércoles jueves viernes sábado domingo')],
  numberWords: numbers(
    'cero=0 uno=1 una=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 ' +
      'trece=13 catorce=14 quince=15 veinte=20 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ' +
      'ochenta=80 noventa=90 cien=100 ciento=100 mil=1000 millón=1000000 millones=1000000',
  ),
  sayingVerbs: words(
    'dijo dijeron dice afirmó afirma aseguró asegura explicó explica señaló señala declaró declara ' +
      'indicó indica añadió agregó sostuvo manifestó anunció',
  ),
  quotes: [
    ['«', '»'],
    ['“', '”'],
  ],
  abbreviations: words('sr sra srta dr dra d dña ud uds etc pág núm av ee.uu'),
  furniture: [
    'leer más',
    'lee también',
    'te puede interesar',
    'más información',
    'noticias relacionadas',
    'ver más',
  ],
  decimal: decimalOf('es'),
};
