// Addresses of the library's own pages: an article's stored copy, and two articles side by side. Relative to
// the extension page linking to them (all sit in src/ui/<page>/index.html).

/** The reading view of a stored article (or of an earlier text, "id@hash"). */
export function storedCopyHref(id: string): string {
  return `../reader/index.html?id=${encodeURIComponent(id)}`;
}

/** Two stored articles side by side, `base` on the left. */
export function compareHref(base: string, other: string): string {
  return `../compare/index.html?base=${encodeURIComponent(base)}&other=${encodeURIComponent(other)}`;
}

/** A parameter of this page's address, or null. */
export function pageParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}
