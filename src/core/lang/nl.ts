// Dutch: Snowball stemmer, stopwords-iso, and the words Dutch news writes dates, figures and quotes with.
import { stemmer } from '@orama/stemmers/dutch';
import { decimalOf, fold, numbers, words } from './lists';
import { stopwordsOf } from './stopwords-iso';
import type { Language } from './types';

export const dutch: Language = {
  code: 'nl',
  name: 'Dutch',
  supported: true,
  stopwords: stopwordsOf('nl'),
  stem: (word) => fold(stemmer(word)),
  months: [
    ...words('januari februari maart april mei juni juli augustus september oktober november december'),
  ],
  weekdays: [...words('maandag dinsdag woensdag donderdag vrijdag zaterdag zondag')],
  numberWords: numbers(
    'nul=0 een=1 één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12 ' +
      'twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90 honderd=100 ' +
      'duizend=1000 miljoen=1000000 miljard=1000000000',
  ),
  sayingVerbs: words('zei zeiden zegt gezegd verklaarde verklaart liet meldde meldt stelde stelt benadrukte'),
  quotes: [
    ['“', '”'],
    ['‘', '’'],
  ],
  abbreviations: words('dhr mevr mr dr prof ir ing drs bijv o.a d.w.z nr blz ca'),
  furniture: ['lees ook', 'lees meer', 'meer over', 'bekijk ook', 'gerelateerde artikelen'],
  decimal: decimalOf('nl'),
};
