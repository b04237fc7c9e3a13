// Capitals and seats of power that news text uses for their country's government ("Washington said",
// "talks with Moscow", "the Kremlin"): one actor named two ways, not a name changed. General usage only.
import { nameKey, normalizeWord, stem } from '../text';

// prettier-ignore
const SEATS: Readonly<Record<string, string>> = {
  washington: 'usa', moscow: 'russia', kremlin: 'russia', kyiv: 'ukraine', kiev: 'ukraine', beijing: 'china',
  london: 'uk', paris: 'france', berlin: 'germany', tehran: 'iran', ankara: 'turkey', tokyo: 'japan',
  delhi: 'india', pyongyang: 'north korea', seoul: 'south korea', brussels: 'eu', rome: 'italy', madrid: 'spain',
  ottawa: 'canada', canberra: 'australia', damascus: 'syria', baghdad: 'iraq', cairo: 'egypt', riyadh: 'saudi',
  jerusalem: 'israel', minsk: 'belarus', warsaw: 'poland', caracas: 'venezuela', havana: 'cuba',
};

/** The canonical key of a word, as canonical terms key names. */
function keyOf(word: string): string {
  return word === 'usa' ? word : nameKey(stem(normalizeWord(word)));
}

const COUNTRY_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(SEATS).map(([seat, country]) => [keyOf(seat), keyOf(country.split(' ').pop() ?? country)]),
);

/** The key of the country a name key stands for (itself when it is not a seat of power). */
export function actorKey(key: string): string {
  return COUNTRY_OF.get(key) ?? key;
}
