// Reads schema.org JSON-LD: the article node (also inside @graph arrays and behind @id references).

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** One JSON-LD node. */
export type LdNode = { [key: string]: Json };

const ARTICLE = /Article|BlogPosting|Report|LiveBlogPosting|Posting/;

function isNode(value: Json | undefined): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: Json, into: LdNode[]): void {
  if (Array.isArray(value)) for (const item of value) flatten(item, into);
  else if (isNode(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], into);
  }
}

/** Every JSON-LD node of the page, in order; scripts that do not parse are skipped. */
export function jsonLdNodes(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      flatten(
        JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json,
        nodes,
      );
    } catch {
      // A broken script on the page is the page's problem; the other sources still count.
    }
  }
  return nodes;
}

/** The node's @type names. */
export function types(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The first node describing an article, or undefined. */
export function articleNode(nodes: LdNode[]): LdNode | undefined {
  return nodes.find((node) => types(node).some((t) => ARTICLE.test(t)));
}

/** Follows an {"@id": …} reference to the full node when the page gives one. */
export function deref(value: Json | undefined, nodes: LdNode[]): Json | undefined {
  if (!isNode(value) || typeof value['@id'] !== 'string' || Object.keys(value).length > 1) return value;
  return nodes.find((node) => node['@id'] === value['@id'] && Object.keys(node).length > 1) ?? value;
}

/** The name(s) of a person/organisation value: "A", {name: "A"} or a list of them, joined by ", ". */
export function names(value: Json | undefined, nodes: LdNode[]): string | null {
  const list = (Array.isArray(value) ? value : [value]).map((item) => deref(item, nodes));
  const found = list
    .map((item) => (typeof item === 'string' ? item : isNode(item) ? item.name : null))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim());
  return found.length > 0 ? [...new Set(found)].join(', ') : null;
}

/** A string field, or the url of an {url} object, or the first of a list. */
export function text(value: Json | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  if (isNode(first)) return text(first.url ?? first['@id']);
  return null;
}

/** Whether the node says its content is (partly) for subscribers only. */
export function isPaywalled(node: LdNode | undefined): boolean {
  if (!node) return false;
  const closed = (v: Json | undefined) => v === false || (typeof v === 'string' && /^false$/i.test(v));
  const parts = Array.isArray(node.hasPart) ? node.hasPart : [node.hasPart];
  return closed(node.isAccessibleForFree) || parts.some((p) => isNode(p) && closed(p.isAccessibleForFree));
}
