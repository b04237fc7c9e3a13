// Tells a paywalled stub (the text stops where a subscription or login prompt begins) from a full article on a
// site that merely has a paywall somewhere: most news sites ship their subscription box, or a metered
// "free articles left" modal, on every page, and declare `isAccessibleForFree: false` over full texts too.
import type { Paragraph } from '../model';
import { blocksOf, type Block } from './blocks';
import { inside } from './comments';

/** Class or id names sites give their subscription boxes. */
const PROMPT_NAME =
  /paywall|pay-wall|regwall|reg-wall|subscriber-only|premium-content|plus-content|metered|\bpiano\b|tp-container|\bgate\b/i;
/** An account to make or use: the ask of every paywall, in the languages of the corpus. */
const ACCOUNT =
  /subscri|sign in|log ?in|register|create an account|member|abonn|anmeld|registrier|\bkonto\b|suscr|ingres[aá]|connect|compte|assin|iniciar sesi/i;
/** Reading on: what the account is asked for. */
const READ_ON =
  /continue|keep reading|read (on|the rest|the full|this article)|full (access|article|story)|unlimited access|free articles|weiter ?lesen|lesen sie weiter|la suite|lire l'article|seguir leyendo|continuar (leyendo|lendo)|límite de/i;
/** A prompt box without a telling name is short: a line or two and its buttons. */
const PROMPT_CHARS = 600;
/** A line of a prompt box ("Already a subscriber? Log in") is short. */
const PROMPT_LINE = 200;
const NOT_SHOWN = /^(script|style|template|noscript|svg|symbol|head|title|meta|link|html|body)$/;

/** A text shorter than this (words) is as long as the teasers paywalls show; full news stories rarely are. */
export const STUB_WORDS = 200;
/** A prompt right after the text, or a text stopping mid-sentence, cuts off stories up to this long. */
const TEASER_WORDS = 800;
/** How a paragraph that was not cut off ends: a full stop, a closing quote or bracket. */
const SENTENCE_END = /[.!?"”’»)\]]$/;

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Words of running text (headings not counted). */
export function words(paragraphs: Paragraph[]): number {
  return paragraphs.reduce((n, p) => n + (p.kind === 'heading' ? 0 : p.text.split(/\s+/).length), 0);
}

/** Whether a story paragraph lies inside `text` (prompt lines taken for story lines do not count). */
function holdsStory(text: string, story: Paragraph[]): boolean {
  return story.some((p) => p.text.length > 40 && !ACCOUNT.test(p.text) && text.includes(p.text));
}

/** Whether `el` is a subscription or login prompt box (and holds none of the story's longer paragraphs). */
function isPromptBox(el: Element, story: Paragraph[]): boolean {
  if (NOT_SHOWN.test(el.localName)) return false;
  const text = squash(el.textContent);
  if (text.length < 15 || text.length > 3000 || !ACCOUNT.test(text)) return false;
  const named = PROMPT_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
  if (!named && (text.length > PROMPT_CHARS || !READ_ON.test(text))) return false;
  // A box holding the story is the article's container (some name theirs "paywalled-content"), not a prompt.
  return !holdsStory(text, story);
}

/** A prompt line's whole box: its ancestors (a few levels up) while they hold nothing but the prompt. */
function widen(el: Element, story: Paragraph[]): Element {
  let box = el;
  let levels = 0;
  for (
    let up = el.parentElement;
    up && levels++ < 4 && !NOT_SHOWN.test(up.localName);
    up = up.parentElement
  ) {
    const text = squash(up.textContent);
    if (text.length > PROMPT_CHARS || holdsStory(text, story)) break;
    box = up;
  }
  return box;
}

/**
 * Elements holding text, each with the index of the first text block inside it: their place in reading order
 * (linkedom's compareDocumentPosition answers wrongly, and listing every element of a page costs more).
 */
type Order = Map<Element, number>;

function readingOrder(blocks: Block[]): Order {
  const order: Order = new Map();
  blocks.forEach((block, i) => {
    for (let up: Element | null = block.el; up && !order.has(up); up = up.parentElement) order.set(up, i);
  });
  return order;
}

/** Whether `el` comes later in the page than `anchor` (and is not inside it). */
function following(order: Order, anchor: Element, el: Element): boolean {
  return (order.get(el) ?? -1) > (order.get(anchor) ?? Infinity) && !inside(el, new Set([anchor]));
}

/**
 * Subscription or login prompt boxes that come later in the page than `first`, outermost only: boxes named so,
 * and the boxes around lines that ask for an account to read on.
 */
function promptsAfter(order: Order, blocks: Block[], first: Element, story: Paragraph[]): Element[] {
  const candidates: Element[] = [];
  for (const el of order.keys())
    if (PROMPT_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) candidates.push(el);
  for (const block of blocks)
    if (block.text.length <= PROMPT_LINE && (ACCOUNT.test(block.text) || READ_ON.test(block.text)))
      candidates.push(widen(block.el, story));
  const boxes = candidates
    .filter((el) => following(order, first, el) && isPromptBox(el, story))
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const outer = new Set<Element>();
  for (const box of boxes) if (!inside(box, outer)) outer.add(box);
  return [...outer];
}

/** The element holding both a and b, lowest in the tree. */
function commonAncestor(a: Element, b: Element): Element | null {
  const above = new Set<Element>();
  for (let up: Element | null = a; up; up = up.parentElement) above.add(up);
  for (let up: Element | null = b; up; up = up.parentElement) if (above.has(up)) return up;
  return null;
}

/** What the page says about its text being cut off. */
export interface CutOff {
  /** The story stops at a subscription or login prompt: the page holds only part of the article. */
  partial: boolean;
  /** The story without the prompt's own lines ("Already a subscriber? Log in"), which are not the story. */
  paragraphs: Paragraph[];
}

/**
 * Whether the text stops mid-sentence or trails off ("…"), as teasers cut by a paywall do. Judged on the last
 * paragraph of some length: a short line after it ("More news from Colombia") is page furniture left over.
 */
function stopsMidSentence(paragraphs: Paragraph[]): boolean {
  const last = paragraphs.filter((p) => p.kind !== 'heading' && p.text.length >= 80).at(-1)?.text ?? '.';
  return /(\.\.\.|…)$/.test(last) || !SENTENCE_END.test(last);
}

/**
 * Judges whether the text is cut off. `declaredClosed` is the page's JSON-LD `isAccessibleForFree: false`,
 * which sites declare over full texts too. Cut off: the story's own container ends in a subscription or
 * login prompt; or the page declares itself closed or shows such a prompt after the text, and the text is
 * as short as a teaser or stops mid-sentence.
 */
export function cutOff(
  doc: Document,
  story: Paragraph[],
  declaredClosed: boolean,
  blocks: Block[] = doc.documentElement ? blocksOf(doc.documentElement) : [],
): CutOff {
  const located = (texts: Paragraph[]) => {
    const wanted = new Set(texts.map((p) => p.text));
    return blocks.filter((b) => wanted.has(b.text));
  };
  const order = readingOrder(blocks);
  const first = located(story)[0]?.el;
  const boxes = first ? promptsAfter(order, blocks, first, story) : [];
  const promptLines = new Set(boxes.flatMap((box) => blocksOf(box).map((b) => b.text)));
  const paragraphs = story.filter((p) => !promptLines.has(p.text));
  const n = words(paragraphs);
  const abrupt = stopsMidSentence(paragraphs);
  const last = located(paragraphs).at(-1)?.el;
  const after = last ? boxes.filter((box) => following(order, last, box)) : [];
  // The story's region: the container of its paragraphs, one level up, where a teaser's prompt box sits.
  const container = first && last ? commonAncestor(first, last) : null;
  const region = container?.parentElement ?? container;
  const atEnd = region !== null && after.some((box) => inside(box, new Set([region])));
  const short = n < STUB_WORDS || (abrupt && n < TEASER_WORDS);
  const partial = (atEnd && n < TEASER_WORDS) || ((declaredClosed || after.length > 0) && short);
  return { partial, paragraphs };
}
