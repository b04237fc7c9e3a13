// Which outlet a page belongs to, from what the page declares: names are checked against the page's own
// host (a name that resembles the address is the outlet's; a tagline, a section or a company rarely does).

/** Folds a name or host label to comparable letters: lower case, umlauts both ways, no marks or punctuation. */
function folds(text: string): string[] {
  const lower = text.toLowerCase();
  const spelled = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return [...new Set([spelled, bare].map((s) => s.replace(/[^a-z0-9]/g, '')))].filter(Boolean);
}

/**
 * The host of an address; for a web-archive copy, the host of the archived page. Null for no http(s) address.
 */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return null;
    const archived = /^web\.archive\.org$/i.test(parsed.hostname)
      ? /^\/web\/[^/]+\/(?:https?:\/\/)?([^/?#]+)/i.exec(parsed.pathname)?.[1]
      : undefined;
    return (archived ?? parsed.hostname).toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

/** The labels of a host that can carry a name: all but the last (the top-level domain) and "www". */
function hostLabels(host: string): string[] {
  return host
    .split('.')
    .slice(0, -1)
    .filter((label) => label !== 'www')
    .flatMap(folds);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

function initials(name: string): string {
  return name
    .replace(/\be\.\s?V\.|\bGmbH\b|\bAG\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
}

/**
 * Whether `name` reads like the name of the site at `host` ("Spektrum der Wissenschaft" at spektrum.de).
 * Names are short: a sentence that mentions the site ("… durch die Bundespolizei im laufenden Jahr") is not one.
 */
export function resemblesHost(name: string, host: string | null): boolean {
  if (!host || name.trim().split(/\s+/).length > 6) return false;
  const labels = hostLabels(host);
  const abbreviation = initials(name);
  return folds(name).some((n) =>
    labels.some(
      (label) =>
        (label.length >= 3 && n.includes(label)) ||
        (n.length >= 4 && label.includes(n)) ||
        commonPrefix(n, label) >= Math.min(5, label.length) ||
        (abbreviation.length >= 2 && abbreviation === label),
    ),
  );
}

/** Separators between a headline and a site name, or between a site name and its tagline. */
export const SEPARATOR = /\s+(?:[|–—•·»›~]|-|::?|\/)\s+|\s*\|\s*|\s*\n\s*/;

/** Names that say what kind of site it is, or who hosts it, never which outlet. */
const GENERIC =
  /^(blogger|blogspot|wordpress(\.com)?|tumblr|medium|substack|hosted|home|homepage|start|startseite|news|nachrichten|noticias|blog|index|website|untitled|null|undefined)$/i;

/** A company's legal form: the publishing company rather than the outlet ("Georg GmbH & Co. KG"). */
const LEGAL = /\b(GmbH|AG|KG|Inc\.?|LLC|Ltd\.?|S\.A\.|C\.A\.|S\.L\.|plc|Media Group)(\s|$|,)/;

/** One declared name cleaned: the tagline split off, handles, addresses and generic words refused. */
export function cleanSiteName(raw: string | null | undefined, host: string | null): string | null {
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  const parts = value
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const name = parts.find((p) => resemblesHost(p, host)) ?? parts[0] ?? '';
  if (name.startsWith('@')) return null;
  if (/^(https?:|[\w.-]+\.[a-z]{2,}\/)/i.test(name) || (/^www\./i.test(name) && !resemblesHost(name, host)))
    return null;
  if (GENERIC.test(name) || name.length > 100 || !/\p{L}/u.test(name)) return null;
  // Sections and kickers ("U.S.", "Política") are short and say nothing of the host: only a resembling name may be that short.
  if (!resemblesHost(name, host) && /^[\p{L}.]{1,5}$/u.test(name) && name.includes('.')) return null;
  return name;
}

/**
 * The outlet's name from the declared candidates, in the page's order of authority: the first that resembles
 * the host, else the first at all; a company's legal name only when there is nothing else.
 */
export function pickSiteName(candidates: (string | null | undefined)[], host: string | null): string | null {
  const names = candidates.map((c) => cleanSiteName(c, host)).filter((n): n is string => n !== null);
  // A publishing company's legal name is the last resort: "Baumeister", not "Georg GmbH & Co. KG".
  const plain = names.filter((n) => !LEGAL.test(n));
  // A slug ("correio-braziliense") only when the name is not also written out ("Correio Braziliense").
  const written = (n: string) => !/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(n);
  const resembling = plain.filter((n) => resemblesHost(n, host));
  return resembling.find(written) ?? resembling[0] ?? plain[0] ?? names[0] ?? null;
}
