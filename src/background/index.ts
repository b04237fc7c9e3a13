// The background worker's composition root: the message router and its handlers, the toolbar badge,
// the context menu and automatic capture. All state lives in IndexedDB and session storage, so the worker
// can be stopped and restarted by the browser at any time.
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser-api';
import { maybeAutoCapture } from './auto-capture';
import { captureForPopup, forgetClick, onActionClicked } from './click';
import {
  clearLibrary,
  compareArticles,
  deleteArticle,
  exportLibrary,
  importLibrary,
  libraryRestored,
  listDamaged,
  listLibrary,
} from './handlers/library';
import { getStoredCopy, listStories } from './handlers/stories';
import {
  POLL_ALARM,
  POLL_SOON_ALARM,
  findFeeds,
  followFeed,
  listChanged,
  listFeeds,
  pollFeeds,
  runRound,
  scheduleAlarm,
  unfollowFeed,
} from './feeds';
import { fromOwnPage, route, type Handlers } from './router';
import { forgetTab, loadTabState, setBadge } from './tab-state';

const handlers: Handlers = {
  captureTab: captureForPopup,
  getTabState: ({ tabId }) => loadTabState(tabId),
  compareArticles,
  listLibrary,
  listStories,
  getStoredCopy,
  deleteArticle,
  clearLibrary,
  exportLibrary,
  importLibrary,
  listDamaged,
  libraryRestored,
  findFeeds,
  followFeed,
  listFeeds,
  unfollowFeed,
  pollFeeds,
  listChanged,
};

const origin = browser.runtime.getURL('');
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(handlers, message, fromOwnPage(sender, browser.runtime.id, origin)),
);

// The manifest names no popup, so the click reaches the worker, which starts reading and opens the popup.
browser.action.onClicked.addListener(onActionClicked);

const MENU_ID = 'storydiff-compare';
// Followed outlets: the alarm wakes the worker to poll the feeds that are due; the reader's interval and
// pause switch (options page) re-create it.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === POLL_ALARM || alarm.name === POLL_SOON_ALARM) void runRound().catch(() => undefined);
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'feedSettings' in changes) void scheduleAlarm();
});
browser.runtime.onStartup.addListener(() => void scheduleAlarm());

browser.runtime.onInstalled.addListener(() => {
  void scheduleAlarm();
  browser.contextMenus.create({
    id: MENU_ID,
    title: 'Compare with StoryDiff',
    contexts: ['page', 'selection'],
  });
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  // The menu click grants activeTab, as the toolbar click does.
  if (info.menuItemId === MENU_ID && tab) onActionClicked(tab);
});

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined) {
    // A new page in the tab: the old verdict no longer applies.
    void forgetTab(tabId);
    forgetClick(tabId);
    void setBadge(tabId, null);
  }
  if (change.status === 'complete') void maybeAutoCapture(tabId, tab.url).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => {
  forgetClick(tabId);
  void forgetTab(tabId);
});
