// The background worker's composition root: wires the message router to its handlers.
import { browser } from '../shared/browser-api';
import { captureTab } from './handlers/capture-tab';
import { fromOwnPage, route, type Handlers } from './router';

const notYet = async (): Promise<never> => {
  throw new Error('This part of StoryDiff is not available yet.');
};

const handlers: Handlers = {
  captureTab,
  getTabState: async () => null,
  compareArticles: notYet,
  listLibrary: notYet,
  deleteArticle: notYet,
  clearLibrary: notYet,
  exportLibrary: notYet,
  importLibrary: notYet,
};

const origin = browser.runtime.getURL('');
browser.runtime.onMessage.addListener((message: unknown, sender) =>
  route(handlers, message, fromOwnPage(sender, browser.runtime.id, origin)),
);
