// Canonical form of an article address, so that the same page captured twice (from a newsletter link,
// a social share, an anchor) is recognised as one page over time.

const TRACKING = /^(utm_|fbclid$|gclid$|dclid$|msclkid$|mc_cid$|mc_eid$|igshid$|ref_src$|cmpid$|ocid$)/i;

/**
 * Normalises an address: lower-case scheme and host, no `www.`, no fragment, no tracking parameters
 * (utm_*, fbclid, gclid, …), remaining parameters sorted, no trailing slash. Returns null for text
 * that is not an http(s) address.
 */
export function normalizeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const params: [string, string][] = [];
  parsed.searchParams.forEach((value, key) => {
    if (!TRACKING.test(key)) params.push([key, value]);
  });
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  // http and https copies of one page are the same page.
  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}
