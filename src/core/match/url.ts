// Canonical form of an article address, so that the same page captured twice (from a newsletter link,
// a social share, an anchor) is recognised as one page over time. Which parameters are tracking is
// decided in one place, extraction's cleanUrl; this adds what makes two spellings of one address equal.
import { cleanUrl } from '../extract/url';

/**
 * Normalises an address: lower-case scheme and host, no `www.`, no fragment, no tracking parameters
 * (utm_*, fbclid, gclid, …), remaining parameters sorted, no trailing slash. Returns null for text
 * that is not an http(s) address.
 */
export function normalizeUrl(url: string | null | undefined): string | null {
  const cleaned = cleanUrl(url);
  if (!cleaned) return null;
  const parsed = new URL(cleaned);
  const params: [string, string][] = [];
  parsed.searchParams.forEach((value, key) => void params.push([key, value]));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  // http and https copies of one page are the same page.
  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}
