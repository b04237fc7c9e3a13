// Content hash of an article's text, deaf to what changes on every visit (timestamps, comment and share
// counts, ad slots), so that a new Version is stored only when the reported text really changed.
import type { Paragraph } from '../core/model';

// Short blocks that are page furniture rather than reporting: "Advertisement", "12 comments",
// "Updated 3 minutes ago", "Share 1.2K".
const FURNITURE =
  /^(advertisement|sponsored( content)?|ad|\d[\d,.]*k?\s+(comments?|shares?|replies|views?)|(comments?|shares?)\s*\(?\d[\d,.]*k?\)?|(updated|published|posted|last updated)\b.*)$/i;

function normalizeBlock(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The blocks that count for the hash: normalised, furniture dropped. */
export function hashableBlocks(paragraphs: readonly Pick<Paragraph, 'text'>[]): string[] {
  return paragraphs
    .map((p) => normalizeBlock(p.text))
    .filter((block) => block !== '' && !(block.length < 60 && FURNITURE.test(block)));
}

/** 53-bit string hash (cyrb53): synchronous, so migrations can use it inside an upgrade transaction. */
function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Hash of an article's normalised text; paragraphs when known, else the text split at blank lines. */
export function contentHash(text: string, paragraphs?: readonly Pick<Paragraph, 'text'>[]): string {
  const blocks =
    paragraphs && paragraphs.length > 0 ? paragraphs : text.split(/\n\s*\n|\n/).map((t) => ({ text: t }));
  const normalised = hashableBlocks(blocks).join('\n');
  // Two seeds: a 106-bit key, so that unrelated texts of one page never collide in practice.
  return `${cyrb53(normalised, 1)}-${cyrb53(normalised, 2)}`;
}
