// The headline: the page's visible <h1> where its metadata confirms it, else the declared title with the
// site's name (and a one-word section beside it) taken off.
import { SEPARATOR, resemblesHost } from './site';

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The separators of a title with their positions, in order. */
function splits(title: string): { at: number; end: number }[] {
  const found: { at: number; end: number }[] = [];
  const re = new RegExp(SEPARATOR.source, 'g');
  for (let m = re.exec(title); m; m = re.exec(title)) found.push({ at: m.index, end: m.index + m[0].length });
  return found;
}

/**
 * Removes the site's name from either end of a declared title ("Headline | Outlet", "Outlet - Headline"),
 * with a one-word section next to it ("Headline - Wirtschaft - Süddeutsche.de"). A part counts as the site's
 * name when it is the declared outlet or resembles the host.
 */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  const isSite = (part: string) => {
    const p = squash(part);
    const site = squash(siteName ?? '');
    return (
      (site !== '' && (p === site || p.startsWith(site) || site.startsWith(p))) || resemblesHost(part, host)
    );
  };
  const cuts = splits(title);
  const first = cuts[0];
  // Prefix: "Outlet - Headline", or "Outlet - Section - Headline".
  const lead = first ? title.slice(0, first.at) : '';
  const leadIsSite = squash(lead) === squash(siteName ?? '') || (lead.split(' ').length <= 3 && isSite(lead));
  if (first && leadIsSite) {
    const second = cuts[1];
    const section = second ? title.slice(first.end, second.at).trim() : '';
    const rest = second && /^\S+$/.test(section) ? title.slice(second.end) : title.slice(first.end);
    if (rest.trim().length >= 10) return rest.trim();
  }
  // Suffix: the earliest separator after which the first part is the site's name (taglines may follow it).
  for (const [i, cut] of cuts.entries()) {
    const next = cuts[i + 1];
    const part = title.slice(cut.end, next ? next.at : undefined);
    const before = title.slice(0, cut.at).trim();
    if (before === '' || !isSite(part)) continue;
    const previous = cuts[i - 1];
    const section = previous ? title.slice(previous.end, cut.at).trim() : '';
    return previous && /^\S+$/.test(section) && before.length - section.length > 15
      ? title.slice(0, previous.at).trim()
      : before;
  }
  return title;
}

/** Whether a candidate shares a word of four or more letters with another (a CMS's "escenic" does not). */
function confirmed(candidate: string, others: string[]): boolean {
  const words = (s: string) => new Set(squash(s).match(/\p{L}{4,}/gu) ?? []);
  const own = words(candidate);
  return others.some((o) => [...words(o)].some((w) => own.has(w)));
}

/**
 * Whether `title` carries `heading` as a whole part ("Outlet - Headline" does, "Headline <script>…" does not),
 * or is a cut-off start of it that ends where a word of it ends ("…TalksTop Stories" is a label in the <h1>).
 */
function carries(title: string, heading: string): boolean {
  const at = title.indexOf(heading);
  const before = title.slice(0, at);
  const after = title.slice(at + heading.length);
  const whole =
    at >= 0 &&
    (before === '' || /[|\-:·•»›~/]\s*$/.test(before)) &&
    (after === '' || /^\s*[|\-:·•»›~/]/.test(after));
  const cut =
    heading.startsWith(title) && heading[title.length] === ' ' && title.length >= 0.6 * heading.length;
  return whole || cut;
}

/**
 * The visible headline among the page's <h1>s: one the main declared title carries, or one another declared
 * title is (the main one an SEO variant that does not hold it). Banner <h1>s with the site's name are not.
 */
function visibleHeadline(
  headings: string[],
  usable: string[],
  siteName: string | null,
  host: string | null,
): string | null {
  const main = squash(usable[0] ?? '');
  for (const h1 of headings) {
    const heading = squash(h1);
    if ((heading.split(' ').length < 2 && heading.length < 12) || resemblesHost(h1, host)) continue;
    if (siteName && heading === squash(siteName)) continue;
    const equal = usable.some(
      (t) => squash(t) === heading || squash(stripSiteName(t, siteName, host)) === heading,
    );
    if ((main && carries(main, heading)) || (equal && !main.includes(heading)))
      return h1.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * The headline of the page. `declared` are the page's titles in order of authority (JSON-LD, Open Graph,
 * Twitter, <title>); `headings` its first <h1> texts.
 */
export function pickTitle(
  declared: (string | null | undefined)[],
  headings: string[],
  siteName: string | null,
  host: string | null,
): string {
  const titles = declared.map((t) => t?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
  // A one-word title that no other declared title contains is a section's name ("Medienmitteilungen").
  const named = titles.filter(
    (t) => /\s/.test(t) || titles.some((o) => squash(o) !== squash(t) && squash(o).includes(squash(t))),
  );
  // A title sharing no word with the others is a CMS's placeholder ("escenic").
  const usable = named.filter(
    (t, i) => named.length === 1 || confirmed(t, [...named.slice(0, i), ...named.slice(i + 1), ...headings]),
  );
  const best = usable[0] ?? titles[0];
  return (
    visibleHeadline(headings, usable, siteName, host) ?? (best ? stripSiteName(best, siteName, host) : '')
  );
}
