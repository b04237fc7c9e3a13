// Links in reports and pages: only web addresses, never a javascript: or data: link from a page's metadata.

/** The address when it is a web page (http or https), else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
