// The English words that say what a figure measures: units, currencies, the events a count belongs to,
// the qualifiers that make a figure approximate, compass directions, and the few set phrases news outlets
// use for one another. One table per purpose, in one place (like Readability's REGEXPS): quantities.ts and
// the comparison read them; nothing else keeps its own copy. General news vocabulary only.

/** A unit a figure is given in: what it measures and the factor to a common scale (metres, seconds, 1). */
export interface UnitInfo {
  measure: 'distance' | 'duration' | 'age' | 'percent' | 'magnitude' | 'speed' | 'weight' | 'area';
  factor: number;
}

const unit = (measure: UnitInfo['measure'], factor: number): UnitInfo => ({ measure, factor });

/** Unit words after a figure ("30 km", "20 minutes", "50m" once split), lower case. */
// prettier-ignore
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ...['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].map((w) => [w, unit('distance', 1000)] as const),
  ...['m', 'metre', 'metres', 'meter', 'meters'].map((w) => [w, unit('distance', 1)] as const),
  ...['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'].map((w) => [w, unit('distance', 0.01)] as const),
  ...['mile', 'miles', 'mi'].map((w) => [w, unit('distance', 1609.344)] as const),
  ...['ft', 'foot', 'feet'].map((w) => [w, unit('distance', 0.3048)] as const),
  ...['yard', 'yards'].map((w) => [w, unit('distance', 0.9144)] as const),
  ...['second', 'seconds', 'sec', 'secs'].map((w) => [w, unit('duration', 1)] as const),
  ...['minute', 'minutes', 'min', 'mins'].map((w) => [w, unit('duration', 60)] as const),
  ...['hour', 'hours', 'hr', 'hrs'].map((w) => [w, unit('duration', 3600)] as const),
  ...['day', 'days'].map((w) => [w, unit('duration', 86400)] as const),
  ...['week', 'weeks'].map((w) => [w, unit('duration', 604800)] as const),
  ...['month', 'months'].map((w) => [w, unit('duration', 2629800)] as const),
  ...['year', 'years'].map((w) => [w, unit('duration', 31557600)] as const),
  ...['percent', 'per cent', 'pct', '%'].map((w) => [w, unit('percent', 1)] as const),
  ...['magnitude', 'quake', 'earthquake', 'tremor', 'temblor', 'richter'].map((w) => [w, unit('magnitude', 1)] as const),
  ...['mph'].map((w) => [w, unit('speed', 0.44704)] as const),
  ...['kph', 'km/h', 'kmh'].map((w) => [w, unit('speed', 1 / 3.6)] as const),
  ...['kg', 'kilogram', 'kilograms', 'kilo', 'kilos'].map((w) => [w, unit('weight', 1)] as const),
  ...['tonne', 'tonnes', 'ton', 'tons'].map((w) => [w, unit('weight', 1000)] as const),
  ...['pound', 'pounds', 'lb', 'lbs'].map((w) => [w, unit('weight', 0.4536)] as const),
  ...['acre', 'acres'].map((w) => [w, unit('area', 4046.86)] as const),
  ...['hectare', 'hectares'].map((w) => [w, unit('area', 10000)] as const),
]);

/** Unit suffixes written onto a figure: "50m", "3km", "5ft", "$3m" (money: million), "2bn". */
export const UNIT_SUFFIX = /^(\d[\d,]*(?:\.\d+)?)(km|m|cm|mi|ft|kg|mph|bn|k)$/;

/** Currency signs before a figure and their codes. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
]);

/** Currency words and codes next to a figure ("3 million dollars", "EUR 2.3m"). */
// prettier-ignore
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'], ['yen', 'JPY'], ['rupees', 'INR'],
  ['rupee', 'INR'], ['yuan', 'CNY'], ['francs', 'CHF'], ['roubles', 'RUB'], ['rubles', 'RUB'],
]);

/** Scale words after a figure; the short ones only after money ("$3m", "€2.3bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);
export const MONEY_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
]);

/**
 * Events a count of people belongs to, by the stems of the words that report them: "12 people died",
 * "killing two", "40 injured", "the death toll rose to 12". The key is what the UI calls the measure.
 */
// prettier-ignore
export const EVENTS: ReadonlyMap<string, string> = new Map([
  ...['kill', 'die', 'di', 'dead', 'death', 'toll', 'fatal', 'fatality', 'fataliti', 'casualti', 'casualty', 'perish', 'bodi', 'body', 'live', 'drown'].map((s) => [s, 'dead'] as const),
  ...['injur', 'injuri', 'wound', 'hurt', 'hospit', 'hospitalis', 'hospitaliz'].map((s) => [s, 'injured'] as const),
  ...['arrest', 'detain', 'detent', 'custodi'].map((s) => [s, 'arrested'] as const),
  ...['miss'].map((s) => [s, 'missing'] as const),
  ...['rescu', 'save'].map((s) => [s, 'rescued'] as const),
  ...['evacu'].map((s) => [s, 'evacuated'] as const),
  ...['displac', 'homeless'].map((s) => [s, 'displaced'] as const),
]);

/** Nouns for people: a count of them is a count of whatever happened to them ("12 people died"). */
export const PEOPLE = new Set(
  [
    'people person persons individuals residents civilians victims passengers children adults men women others',
    'students workers miners soldiers officers police troops fans guests customers tourists pilgrims',
  ]
    .join(' ')
    .split(' '),
);

/** Nouns that count people in general: "1,200 residents" and "1,400 people" count the same thing. */
export const ANYONE = new Set(['people', 'person', 'persons', 'individuals', 'residents', 'inhabitants']);

/** Words before a figure that make it approximate or a bound, and so compatible with a near value. */
export const APPROXIMATE = new Set(
  'about around approximately roughly some nearly almost close over under more fewer less least most up estimated'.split(
    ' ',
  ),
);
/** Two-word qualifiers kept with the figure as written ("at least 12", "more than 40"). */
export const QUALIFIERS = [
  'at least',
  'at most',
  'more than',
  'fewer than',
  'less than',
  'up to',
  'as many as',
  'close to',
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'nearly',
  'almost',
  'over',
  'under',
  'an estimated',
];

/** Compass directions, folded to one spelling ("north-east" = "northeast"). */
export const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northern',
  'southern',
  'eastern',
  'western',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/** Times of day after a figure: "4 p.m.", "10am". */
export const MERIDIEM = /^(a\.?m|p\.?m)\.?$/;

/**
 * Set phrases that say the same thing in different words, folded to one key before comparison: "not made
 * public" = "undisclosed". Multi-word entries are matched on normalised words in order.
 */
// prettier-ignore
export const PHRASES: readonly (readonly [string, string])[] = [
  ['not made public', 'undisclosed'], ['not disclosed', 'undisclosed'], ['was not disclosed', 'undisclosed'],
  ['did not disclose', 'undisclosed'], ['not revealed', 'undisclosed'], ['not been disclosed', 'undisclosed'],
  ['declined to disclose', 'undisclosed'], ['not released', 'undisclosed'], ['undisclosed', 'undisclosed'],
  ['unspecified', 'undisclosed'], ['unknown', 'undisclosed'], ['not known', 'undisclosed'],
];

/** The writer speaking in the first person: outside quotation marks, a sentence with these is opinion. */
export const FIRST_PERSON = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'me',
  'my',
  'we',
  "we're",
  "we've",
  "we'd",
  'us',
  'our',
]);
