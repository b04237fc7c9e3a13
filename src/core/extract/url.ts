// Page addresses: resolving relative links and removing the tracking parameters that make one article look like many.

/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|icid|sr_share|share|smid|at_\w+|__twitter_impression|spm|s_cid|ito|xtor)$/i;

/** Resolves `href` against `base` (both may be missing); null when no absolute http(s) address results. */
export function absoluteUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The address without tracking parameters or fragment; other parameters keep their order. */
export function cleanUrl(href: string | null | undefined, base?: string | null): string | null {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return null;
  const url = new URL(absolute);
  // Filter the raw pairs rather than re-serialising searchParams, which would re-encode the others.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(pair.split('=')[0] ?? ''));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  url.hash = '';
  return url.href;
}
