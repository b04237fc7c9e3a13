// Feed fields often carry markup (an RSS description in CDATA, an Atom summary of type html, JSON Feed's
// content_html): read as text by a real HTML tokenizer, never rendered, scripts and styles dropped.
import { Parser } from 'htmlparser2';

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head']);
/** Elements that end a line of text: their edges become spaces, so words on both sides stay apart. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'hr',
  'img',
]);

/** The text of an HTML fragment, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) parts.push(' ');
      },
      onclosetag(name, implied) {
        if (HIDDEN.has(name) && !(implied && name === 'img')) hidden = Math.max(0, hidden - 1);
        if (BLOCK.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Text that may or may not be markup: only what looks like markup or entities goes through the tokenizer. */
export function plainText(value: string | null | undefined): string {
  if (!value) return '';
  return /[<&]/.test(value) ? htmlToText(value) : value.replace(/\s+/g, ' ').trim();
}
