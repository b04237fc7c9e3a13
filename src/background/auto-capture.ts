// Automatic capture on the sites the reader listed (options page), with the permission granted for them.
import { browser } from '../shared/browser-api';
import { loadPreferences, originsFor } from '../shared/preferences';
import { captureFromTab } from './inject';
import { processCapture } from './handlers/capture-tab';

/** Captures a freshly loaded tab when its site is one the reader asked to capture automatically. */
export async function maybeAutoCapture(tabId: number, url: string | undefined): Promise<void> {
  if (!url) return;
  const preferences = await loadPreferences();
  if (preferences.capture !== 'sites') return;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return;
  }
  if (!preferences.sites.includes(host)) return;
  if (!(await browser.permissions.contains({ origins: originsFor([host]) }))) return;
  const result = await captureFromTab(tabId);
  if (result.ok) await processCapture(tabId, result.article);
}
