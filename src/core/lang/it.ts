// Italian: Snowball stemmer, stopwords-iso, and the words Italian news writes dates, figures and quotes with.
import { stemmer } from '@orama/stemmers/italian';
import { decimalOf, fold, numbers, words } from './lists';
import { stopwordsOf } from './stopwords-iso';
import type { Language } from './types';

export const italian: Language = {
  code: 'it',
  name: 'Italian',
  supported: true,
  stopwords: stopwordsOf('it'),
  stem: (word) => fold(stemmer(word)),
  months: [
    ...words('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  ],
  weekdays: [...words('lunedì martedì mercoledì giovedì venerdì sabato domenica')],
  numberWords: numbers(
    'zero=0 uno=1 una=1 due=2 tre=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 ' +
      'dodici=12 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90 ' +
      'cento=100 mille=1000 mila=1000 milione=1000000 milioni=1000000 miliardo=1000000000 miliardi=1000000000',
  ),
  sayingVerbs: words(
    'detto ha dice disse dichiarato dichiara affermato afferma spiegato spiega annunciato annuncia ' +
      'sottolineato aggiunto ribadito precisato',
  ),
  quotes: [
    ['«', '»'],
    ['“', '”'],
  ],
  abbreviations: words('sig sigg sig.ra dott dr prof on avv ing ecc pag n'),
  furniture: [
    'leggi anche',
    'leggi di più',
    'potrebbe interessarti',
    'articoli correlati',
    'per saperne di più',
  ],
  elision: /^(?:l|d|c|s|m|t|v|n|un|dell|all|dall|nell|sull|coll|quell|quest|buon|sant|tutt)['’]/i,
  decimal: decimalOf('it'),
};
