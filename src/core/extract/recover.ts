// Puts back what Readability is known to drop: ledes and endings outside its container, pull quotes, lists,
// text split by <br>, and main text spread over sibling containers. Reads the original page, never changes it.
import type { Paragraph } from '../model';
import { blocksOf, type Block } from './blocks';
import { underFurniture } from './furniture';

/** Whether furniture sits between the block and `top` (exclusive). */
function inFurniture(block: Block, top: Element): boolean {
  return underFurniture(block.el, top);
}

/** Looks like a paragraph of running text: long enough, mostly not links, ends like a sentence. */
function isProse(block: Block): boolean {
  return (
    block.text.length >= 80 &&
    block.linkChars < block.text.length * 0.2 &&
    /[.!?…"”’»)]$/.test(block.text) &&
    (block.kind === 'paragraph' || block.kind === 'quote')
  );
}

/** The deepest element holding most of the text Readability chose: where its container sits on the page. */
function mainContainer(blocks: Block[], chosen: Set<string>): Element | null {
  const weight = new Map<Element, number>();
  let total = 0;
  for (const block of blocks) {
    if (block.text.length < 40 || !chosen.has(block.text)) continue;
    total += block.text.length;
    for (let el: Element | null = block.el; el; el = el.parentElement)
      weight.set(el, (weight.get(el) ?? 0) + block.text.length);
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, w] of weight) {
    if (w < total * 0.8) continue;
    let depth = 0;
    for (let up = el.parentElement; up; up = up.parentElement) depth++;
    if (depth > bestDepth) [best, bestDepth] = [el, depth];
  }
  return best;
}

/** Readability's blocks with the dropped ones put back in reading order. */
export function recoverDropped(
  doc: Document,
  found: Paragraph[],
  checkpoint: () => void = () => undefined,
): Paragraph[] {
  const body = doc.body;
  if (!body) return found;
  const all = blocksOf(body, undefined, checkpoint);
  const index = new Map(found.map((p, i) => [p.text, i] as const));
  const main = mainContainer(all, new Set(index.keys()));
  if (!main) return found.length > 0 ? found : all.filter((b) => isProse(b) && !inFurniture(b, body));
  const scope = main.parentElement?.parentElement ?? main.parentElement ?? main;
  const joined = found.map((p) => p.text).join('\n');
  const inserts: Paragraph[][] = found.map(() => []);
  inserts.push([]);
  let at = 0;
  for (const block of all) {
    const known = index.get(block.text);
    if (known !== undefined) at = known + 1;
    else if (!scope.contains(block.el) || joined.includes(block.text)) continue;
    else if (main.contains(block.el) ? keepInside(block, main) : isProse(block) && !inFurniture(block, scope))
      inserts[at]?.push({ kind: block.kind, text: block.text });
  }
  return inserts.flatMap((extra, i) => (found[i] ? [...extra, found[i]] : extra));
}

/** Inside the main container: keep anything that is not furniture and not mostly links. */
function keepInside(block: Block, main: Element): boolean {
  return block.linkChars < block.text.length * 0.5 && !inFurniture(block, main);
}
