// The toolbar click (and its shortcut and menu entry): the worker starts reading the page the moment the
// reader clicks and opens the popup at the same time, so that the browser's slow popup opening (about a
// quarter of a second here) and StoryDiff's own work overlap instead of following each other.
import type { Tabs } from 'webextension-polyfill';
import type { CaptureOutcome } from '../shared/messages';
import { browser } from '../shared/browser-api';
import { captureTab } from './handlers/capture-tab';

/** The popup page, as built (the manifest names none, so that a click reaches the worker first). */
export const POPUP_PAGE = 'src/ui/popup/index.html';

/** A capture the click started can be handed to a popup for this long; later it may be out of date. */
const FRESH_MS = 10_000;

const started = new Map<number, { at: number; outcome: Promise<CaptureOutcome> }>();

/** Starts capturing the tab and opens the popup, which picks the capture up when it asks for it. */
export function onActionClicked(tab: Tabs.Tab): void {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  const outcome = captureTab({ tabId });
  outcome.catch(() => undefined); // the popup hears about a failure when it asks
  started.set(tabId, { at: Date.now(), outcome });
  // The popup set for this tab only, then opened. Where a browser cannot open it (no focused window),
  // it stays set: the reader's next click opens it directly and it captures for itself.
  void browser.action.setPopup({ tabId, popup: POPUP_PAGE });
  void browser.action
    .openPopup(tab.windowId === undefined ? {} : { windowId: tab.windowId })
    .catch(() => undefined);
}

/** Whether clicks reach the worker first: the manifest names no popup (Chrome; see vite.config.ts). */
function clickFirst(): boolean {
  return !(browser.runtime.getManifest() as { action?: { default_popup?: string } }).action?.default_popup;
}

/** The popup's request: the capture the click started, or a new one when there is none (a retry). */
export function captureForPopup({ tabId }: { tabId: number }): Promise<CaptureOutcome> {
  const click = started.get(tabId);
  started.delete(tabId);
  // The popup set for this tab by a click (even one whose popup could not open then): back to clicks
  // reaching the worker. Firefox's manifest names the popup itself; there it stays.
  if (clickFirst()) void browser.action.setPopup({ tabId, popup: '' });
  return click && Date.now() - click.at < FRESH_MS ? click.outcome : captureTab({ tabId });
}

/** Forgets a capture started for a tab that has since gone to another page or closed. */
export function forgetClick(tabId: number): void {
  started.delete(tabId);
}
