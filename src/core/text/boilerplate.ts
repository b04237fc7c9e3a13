// Tells apart the lines of page furniture that plain-text captures keep (READ MORE links, image paths,
// newsletter and rating prompts, comment forms, datelines) and headings, so they are never reported as facts.
import { languageOf, type Language } from '../lang';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

const IMAGE_PATH = /(^|\s)\/?([\w-]+\/)+[\w%-]+\.(webp|jpe?g|png|gif|svg|avif)\)?\s*$/i;
const IMAGE_END = /\.(webp|jpe?g|png|gif|svg|avif)\)?\s*$/i;

/** Lines that are page furniture wherever they appear. */
const BOILERPLATE: readonly RegExp[] = [
  /^(read|see|watch|listen)( more| also)?\s*[:|>»-]/i,
  /^(also read|related( stories| articles?)?|recommended|more from|click here|tap here)\b/i,
  /^\(?\s*(image|photo|picture|video)s?\s*(source|credit|courtesy)?\s*(from)?\s*[:(]/i,
  /^(photo|image|credit|source|caption)\s*:/i,
  IMAGE_PATH,
  /^https?\s*:\s*\/\s*\//i,
  /^(leave a (reply|comment)|your email address will not be published|required fields are marked|post a comment)\b/i,
  /\b(sign up|subscribe)\b.{0,40}\b(newsletter|inbox|updates|alerts)\b/i,
  /\bstraight to your inbox\b/i,
  /^rate this (article|story|post)\b/i,
  /^\(?\d+\s+votes?\)?$/i,
  /^(share|share this( article| story)?|follow us( on)?|advertisement|sponsored|all rights reserved|comments?)\s*[:.!]?$/i,
  /^(copyright|©)/i,
  /^(published|updated|last updated|posted)( on| at)?\s*:?\s*\d/i,
  new RegExp(
    `^(${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2},?\\s+\\d{4}([\\s,]+\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*\\w{2,4})?)?$`,
    'i',
  ),
  new RegExp(`^\\d{1,2}\\s+${MONTH}\\s+\\d{4}([\\s,]+\\d{1,2}[:.]\\d{2})?$`, 'i'),
  /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?\s*\w{0,5}$/,
  /^by\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and|\|)\s*.*)?$/u,
];

/**
 * True for a line opening with one of a language's furniture phrases ("Lesen Sie auch", "Lire aussi") that is
 * only that, or leads on to links ("Lesen Sie auch: …", "Lesen Sie auch die folgenden Beiträge:").
 */
function opensWithFurniture(line: string, language: Language): boolean {
  const lower = line.toLowerCase();
  return language.furniture.some(
    (phrase) =>
      lower.startsWith(phrase) &&
      (/^\s*(?:[:|>»›\-–—.!…]|$)/u.test(lower.slice(phrase.length)) || /:\s*$/.test(lower)),
  );
}

/**
 * True for a line of page furniture: a link prompt, an image path, a form, a dateline; in a language other
 * than English (`lang`), also that language's furniture phrases.
 */
export function isBoilerplate(text: string, lang?: string | null): boolean {
  const line = text.trim();
  if (line.length === 0) return true;
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  const language = languageOf(lang);
  if (language.code !== 'en' && opensWithFurniture(line, language)) return true;
  // The image-path pattern backtracks at every space of a long line: tried only on lines ending like a file name.
  return BOILERPLATE.some(
    (pattern) => (pattern !== IMAGE_PATH || IMAGE_END.test(line)) && pattern.test(line),
  );
}

const TERMINAL = /[.!?…:;"”’»)\]]$/u;

/** True for a line that reads as a heading in plain text: short, without final punctuation. */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || TERMINAL.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 20;
}
