// Copies shadow DOM content into the clone Readability reads: cloneNode leaves shadow roots behind.

interface MaybeHost {
  shadowRoot?: { childNodes: ArrayLike<Node> } | null;
}

/** Appends each open shadow root's content of `original` to the matching element of `clone`. */
export function inlineShadowRoots(original: Document, clone: Document): void {
  const elements = original.querySelectorAll('*');
  let copies: NodeListOf<Element> | null = null;
  elements.forEach((el, i) => {
    const root = (el as MaybeHost).shadowRoot;
    if (!root) return;
    copies ??= clone.querySelectorAll('*');
    const target = copies[i];
    for (const child of Array.from(root.childNodes)) target?.appendChild(clone.importNode(child, true));
  });
  // Declarative shadow DOM in a parser that does not attach it (Node DOMs): unwrap the template.
  for (const template of Array.from(clone.querySelectorAll('template[shadowrootmode]'))) {
    const content = (template as HTMLTemplateElement).content;
    template.replaceWith(...Array.from(content?.childNodes ?? template.childNodes));
  }
}
