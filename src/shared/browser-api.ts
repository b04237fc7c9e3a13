// The one seam between StoryDiff and the browser: every extension API call goes through here, so that
// Chrome and Firefox differences live in one place and tests can swap in a fake.
import browser from 'webextension-polyfill';
import type { RequestMessage, RequestType, ResponseMessage, WorkerRequests } from './messages';

export { browser };

/** Sends a typed request to the worker and returns its result, or throws its reader-facing error. */
export async function request<T extends RequestType>(
  type: T,
  params: Parameters<WorkerRequests[T]>[0],
): Promise<ReturnType<WorkerRequests[T]>> {
  const message: RequestMessage<T> = { type, params };
  // The browser may stop the worker at any time (MV3); a request cut short that way is worth retrying.
  const cutShort = 'StoryDiff’s background worker stopped before answering. Please try again.';
  const response = (await browser.runtime.sendMessage(message).catch(() => undefined)) as
    ResponseMessage<T> | undefined;
  if (!response) throw new Error(cutShort);
  if (!response.ok) throw new Error(response.error);
  return response.result;
}

/** The tab the reader is looking at, or null. */
export async function activeTab(): Promise<browser.Tabs.Tab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

/** Opens the side panel (Chrome) or sidebar (Firefox). Must run inside a user gesture. */
export async function openSidePanel(tabId: number, windowId: number): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: typeof chrome.sidePanel } }).chrome
    ?.sidePanel;
  if (chromeSidePanel) {
    await chromeSidePanel.open({ tabId, windowId });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) await sidebar.open();
}
