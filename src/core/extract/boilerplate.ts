// Our cleanup after Readability: blocks it leaves in that are not the story (prompts, captions, datelines…).
import type { Paragraph } from '../model';

/** Lines that are page furniture in any position, whatever their length. */
const FURNITURE = [
  // comment forms
  /^(leave a (reply|comment)|post a comment|add a comment|\d+ comments?|comments?|show comments|your email address will not be published|required fields are marked|schreibe einen kommentar|kommentar (schreiben|verfassen)|keine kommentare|kommentare geschlossen|laisser un commentaire|deja un comentario)\b/i,
  // related links inside the body
  /^(read more|read also|also read|see also|more on this|related( stories| articles| coverage)?|recommended|watch|listen|lesen sie (auch|mehr)|auch interessant|mehr zum thema|das könnte dich auch interessieren|weiterlesen|mehr themen|weitere artikel|lire aussi|à lire aussi|leer más|lea( también| más)?|vea también|veja também|explore further)\s*[:|»›>]/i,
  /^(explore further|weiterführende[nr]? links?|permalink|permalien|zurück|back|(bild (anzeigen|schließen)\s*)+|this entry was posted\b.*)$/i,
  // ratings
  /^(rate this (article|post|story)|\(?\d+ votes?\)?|how (useful|helpful) was this|was this (article|page) helpful)/i,
  // share text and follow prompts
  /^(share( this)?( article| story| post| page)?( on| via)?\s*:|teilen:|partager\s*:|compartir:)/i,
  /^follow (us|[\w ]{2,30}) on\b/i,
  // ad labels and tag lists
  /^(advertisement|anzeige|werbung|publicité|publicidad|sponsored)\b.{0,40}$|^scroll to continue with content$/i,
  // wire-service sign-offs
  /^(additional )?(reporting|writing|editing) by\b.{0,200}$/i,
  /^(tags?|schlagwörter|themen)\s*:/i,
  // captions and credit lines
  /^\(?(image|photo|picture|foto|bild|credit|crédito|copyright|©)( source| credit)?( from)?\s*[:(©]/i,
  /^(getty images|afp|reuters|dpa|ap|imago)( photo| images)?$/i,
  // figure captions ("Abbildung 4: …", "Figure 2. …") and copyright lines
  /^(abbildung|abb\.|fig\.|figure|grafik|gr[aá]fico|tabelle|chart)\s*\d*\s*[:.]\s.{0,300}$/i,
  /^©\s*\S.{0,100}$/,
  // server errors printed into the page
  /^(warning|notice|deprecated|fatal error|parse error): .{0,300} on line \d+$/i,
  // image paths and markdown images left by broken embeds
  /^(!\[[^\]]*\]\()?\S*\.(jpe?g|png|gif|webp|avif|svg)(\?\S*)?\)?$/i,
];
/** Prompts that only count as furniture in a short block, since a sentence of the story may mention them. */
const PROMPT =
  /\b(must be logged in to (post a )?comment|(eingeloggt|angemeldet) sein,? um (einen )?kommentare?|affiliate[- ]links?|newsletter|sign up|subscribe|your inbox|abonnieren|abonnez|suscríbete|hazte miembro|download (our|the) app|pour (lire la suite|accéder))\b|^(diesen artikel teilen|zur person|autoren?:)/i;
const SOCIAL =
  /^((share|facebook|twitter|x|whatsapp|linkedin|e-?mail|pinterest|reddit|telegram|print|copy link)\W*)+$/i;
/** A trailing photo credit: "… im Überblick. (Foto: Getty)" is a caption under an image. */
const CREDIT_END = /\((foto|fotos|photo|photos|bild|image|quelle|source|credit)\s*:[^)]{1,60}\)$/i;
const BYLINE = /^(by|posted by|written by|reported by|von|par|por|بقلم)\s*:?\s+[^.!?]{2,100}$/i;
const DATE_WORD =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juil|déc|ene|abr|ago|dic|mon|tue|wed|thu|fri|sat|sun|updated|published|posted|am|pm|at|on|gmt|utc|ist|est|edt|cet|cest|bst|pst|pdt|um|uhr|stand|aktualisiert|veröffentlicht|le|el|de|mis|à|jour|publié)/;

/**
 * A row of article metadata: "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS". Three or
 * more short parts between separators, one of them a date.
 */
function isMetaRow(text: string): boolean {
  const parts = text.split(/\s+[|·•]\s+/);
  return parts.length >= 3 && parts.every((part) => part.length <= 50) && parts.some(isDateline);
}

/** A line that is only a date and time ("January 29, 2026 19:10", "Updated: 29.01.2026, 09:12 Uhr"). */
export function isDateline(text: string): boolean {
  if (text.length > 70 || !/\d/.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/)
    .filter(Boolean);
  return words.every((w) => DATE_WORD.test(w));
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** True when the block repeats the headline (possibly with a section label glued on). */
function isHeadline(text: string, title: string): boolean {
  const t = squash(title);
  const s = squash(text);
  return t.length > 10 && s.startsWith(t) && s.length - t.length <= 30;
}

/** Whether one block is page furniture rather than the story. */
export function isBoilerplate(block: Paragraph, title: string): boolean {
  const text = block.text;
  if (isHeadline(text, title)) return true;
  if (FURNITURE.some((re) => re.test(text))) return true;
  if (text.length > 200) return false;
  if (PROMPT.test(text) || SOCIAL.test(text) || BYLINE.test(text) || CREDIT_END.test(text)) return true;
  return isDateline(text) || isMetaRow(text);
}

/** The blocks without furniture and without repeats of a block seen before. */
export function removeBoilerplate(blocks: Paragraph[], title: string): Paragraph[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (isBoilerplate(block, title) || seen.has(block.text)) return false;
    seen.add(block.text);
    return true;
  });
}
