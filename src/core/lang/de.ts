// German: Snowball stemmer, stopwords-iso, and the words German news writes dates, figures and quotes with.
import { stemmer } from '@orama/stemmers/german';
import { decimalOf, fold, numbers, words } from './lists';
import { stopwordsOf } from './stopwords-iso';
import type { Language } from './types';

export const german: Language = {
  code: 'de',
  name: 'German',
  supported: true,
  stopwords: stopwordsOf('de'),
  stem: (word) => fold(stemmer(word)),
  months: [
    ...words('januar februar märz april mai juni juli august september oktober november dezember jänner'),
  ],
  weekdays: [...words('montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend')],
  numberWords: numbers(
    'null=0 eins=1 ein=1 eine=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 ' +
      'zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 ' +
      'zwanzig=20 dreißig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100 ' +
      'tausend=1000 million=1000000 millionen=1000000 milliarde=1000000000 milliarden=1000000000',
  ),
  sayingVerbs: words(
    'sagte sagten sagt gesagt erklärte erklärten erklärt betonte betont teilte mitgeteilt sprach ' +
      'berichtete berichtet meinte kündigte angekündigt warnte warnt forderte fordert hieß heißt',
  ),
  quotes: [
    ['„', '“'],
    ['»', '«'],
    ['‚', '‘'],
  ],
  abbreviations: words('z.b d.h u.a bzw ca dr prof nr str vgl usw evtl inkl ggf sog hr fr st mio mrd'),
  furniture: [
    'lesen sie auch',
    'lesen sie mehr',
    'mehr zum thema',
    'weiterlesen',
    'auch interessant',
    'zum artikel',
  ],
  decimal: decimalOf('de'),
};
