// The last capture outcome of each tab, kept in session storage so that it survives worker restarts and
// the side panel can show it (and follow it: it listens to storage changes).
import type { CaptureOutcome } from '../shared/messages';
import { browser } from '../shared/browser-api';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, outcome: CaptureOutcome): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: outcome });
}

export async function loadTabState(tabId: number): Promise<CaptureOutcome | null> {
  return ((await browser.storage.session.get(key(tabId)))[key(tabId)] as CaptureOutcome | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Shows on the toolbar icon how many other versions of the story the library holds ("" for none). */
export async function setBadge(tabId: number, versions: number | null): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: versions ? String(versions) : '' });
  if (versions) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1e3a8a' });
}
