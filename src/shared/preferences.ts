// Capture preferences, kept in extension storage with typed defaults.
import { browser } from './browser-api';

/** How StoryDiff captures articles. */
export interface Preferences {
  /** "click": only when the reader clicks the icon (default); "sites": also on page load on `sites`. */
  capture: 'click' | 'sites';
  /** Host names (e.g. "www.reuters.com") captured automatically when `capture` is "sites". */
  sites: string[];
}

export const DEFAULT_PREFERENCES: Preferences = { capture: 'click', sites: [] };

const KEY = 'preferences';

/** The reader's preferences, defaults filled in. */
export async function loadPreferences(): Promise<Preferences> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Preferences> | undefined;
  return {
    capture: stored?.capture === 'sites' ? 'sites' : 'click',
    sites: Array.isArray(stored?.sites) ? stored.sites.filter((s): s is string => typeof s === 'string') : [],
  };
}

export async function savePreferences(preferences: Preferences): Promise<void> {
  await browser.storage.local.set({ [KEY]: preferences });
}

/** The permission patterns for a list of host names: both schemes, exact hosts only. */
export function originsFor(sites: string[]): string[] {
  return sites.flatMap((site) => [`https://${site}/*`, `http://${site}/*`]);
}

/** Parses what the reader typed (addresses or host names, one per line or comma) into host names. */
export function parseSites(text: string): string[] {
  const hosts = text
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        return new URL(entry.includes('://') ? entry : `https://${entry}`).hostname;
      } catch {
        return '';
      }
    })
    .filter((host) => /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host));
  return [...new Set(hosts.map((h) => h.toLowerCase()))];
}
