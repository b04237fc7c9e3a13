// Following outlets: how often feeds are polled and whether background requests are paused, kept in
// extension storage with typed defaults.
import { browser } from './browser-api';

/** The reader's choices for followed outlets. */
export interface FeedSettings {
  /** Minutes between polls of each feed. */
  intervalMinutes: number;
  /** True: StoryDiff makes no background request at all until the reader resumes. */
  paused: boolean;
}

/** The intervals offered: no feed is asked more often than every 15 minutes. */
export const INTERVALS = [15, 30, 60, 180, 720] as const;

export const DEFAULT_FEED_SETTINGS: FeedSettings = { intervalMinutes: 30, paused: false };

const KEY = 'feedSettings';

/** The settings, defaults filled in and out-of-range values mended. */
export async function loadFeedSettings(): Promise<FeedSettings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<FeedSettings> | undefined;
  const interval = Number(stored?.intervalMinutes);
  return {
    intervalMinutes: (INTERVALS as readonly number[]).includes(interval) ? interval : 30,
    paused: stored?.paused === true,
  };
}

export async function saveFeedSettings(settings: FeedSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** The permission pattern for one address's origin: that origin only, at its own scheme. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
