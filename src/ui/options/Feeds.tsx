// Followed outlets: follow a site or feed address (access to that origin asked for at that moment, and
// what will be fetched and how often said before following), the list with article counts, unfollow,
// OPML in and out, the poll interval and the pause switch.
import { useEffect, useState } from 'preact/hooks';
import { browser, request } from '../../shared/browser-api';
import {
  DEFAULT_FEED_SETTINGS,
  INTERVALS,
  loadFeedSettings,
  originPattern,
  saveFeedSettings,
  type FeedSettings,
} from '../../shared/feed-settings';
import type { FollowedFeed, FoundFeed } from '../../shared/messages';
import { download } from '../download';

/** Asks for one origin's access inside the reader's click (browsers grant optional permissions only then). */
function grant(urls: string[]): Promise<boolean> {
  const origins = [...new Set(urls.map(originPattern))];
  return browser.permissions.request({ origins });
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'not yet');

export function Feeds() {
  const [feeds, setFeeds] = useState<FollowedFeed[]>([]);
  const [settings, setSettings] = useState<FeedSettings>(DEFAULT_FEED_SETTINGS);
  const [address, setAddress] = useState('');
  const [found, setFound] = useState<FoundFeed[]>([]);
  const [status, setStatus] = useState('');
  const refresh = () => void request('listFeeds', {}).then(setFeeds, (e: Error) => setStatus(e.message));
  useEffect(() => {
    refresh();
    void loadFeedSettings().then(setSettings);
  }, []);

  async function find(event: Event) {
    event.preventDefault();
    setFound([]);
    let url: string;
    try {
      url = new URL(address.includes('://') ? address : `https://${address}`).href;
    } catch {
      setStatus('That is not a web address.');
      return;
    }
    if (!(await grant([url]))) return setStatus('Access to this site was not granted: nothing was fetched.');
    setStatus('Looking for feeds…');
    try {
      const list = await request('findFeeds', { address: url });
      setFound(list);
      setStatus('');
    } catch (error) {
      setStatus((error as Error).message);
    }
  }

  async function follow(feed: FoundFeed) {
    if (!(await grant([feed.url]))) return setStatus('Access to this feed was not granted.');
    try {
      await request('followFeed', { url: feed.url, title: feed.title, siteUrl: null });
      setFound([]);
      setAddress('');
      setStatus(`Following ${feed.title || feed.url}.`);
      refresh();
    } catch (error) {
      setStatus((error as Error).message);
    }
  }

  async function unfollow(feed: FollowedFeed, removeArticles: boolean) {
    const { removed } = await request('unfollowFeed', { url: feed.url, removeArticles });
    // Access to the origin goes too, unless another followed feed still needs it.
    const rest = feeds.filter((f) => f.url !== feed.url);
    if (!rest.some((f) => originPattern(f.url) === originPattern(feed.url)))
      await browser.permissions.remove({ origins: [originPattern(feed.url)] }).catch(() => false);
    setStatus(`Unfollowed ${feed.title}${removeArticles ? `; ${removed} of its articles removed` : ''}.`);
    refresh();
  }

  async function importOpml(file: File) {
    let list;
    try {
      // The feed parser is loaded for OPML only: the options page does not need it otherwise.
      const { readOpml } = await import('../../core/feed');
      list = readOpml(await file.text());
    } catch (error) {
      return setStatus((error as Error).message);
    }
    if (list.length === 0) return setStatus('This OPML file lists no feeds.');
    if (!(await grant(list.map((s) => s.feedUrl))))
      return setStatus('Access was not granted: nothing followed.');
    for (const s of list) await request('followFeed', { url: s.feedUrl, title: s.title, siteUrl: s.siteUrl });
    setStatus(`Following ${list.length} feeds from the file.`);
    refresh();
  }

  async function exportOpml() {
    const { writeOpml } = await import('../../core/feed');
    const opml = writeOpml(feeds.map((f) => ({ feedUrl: f.url, title: f.title, siteUrl: f.siteUrl })));
    download('storydiff-feeds.opml', opml, 'text/x-opml');
  }

  async function change(next: FeedSettings) {
    setSettings(next);
    await saveFeedSettings(next);
  }

  return (
    <section aria-labelledby="feeds-heading" data-testid="feeds">
      <h2 id="feeds-heading">Followed outlets</h2>
      <p class="small muted">
        StoryDiff fetches the feeds of the outlets you follow every {settings.intervalMinutes} minutes, and
        the pages of their new articles, from those sites only, without cookies. Articles you never open are
        removed after 14 days.
      </p>
      <form onSubmit={(e) => void find(e)} class="library-tools">
        <input
          type="url"
          aria-label="Site or feed address"
          placeholder="https://www.example-news.com/"
          value={address}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Find feeds</button>
      </form>
      {found.length > 0 && (
        <ul class="found-feeds">
          {found.map((f) => (
            <li key={f.url}>
              <button type="button" class="primary" onClick={() => void follow(f)}>
                Follow
              </button>{' '}
              {f.title || f.url} <span class="small muted">({f.format.toUpperCase()})</span>
              <div class="small muted">
                Will fetch {f.url} every {settings.intervalMinutes} minutes, and new articles’ pages from{' '}
                {new URL(f.url).host}.
              </div>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="small" data-testid="feeds-status">
        {status}
      </p>
      <ul class="followed" data-testid="followed">
        {feeds.map((f) => (
          <li key={f.url} data-url={f.url}>
            <strong>{f.title}</strong> <span class="small muted">{f.url}</span>
            <div class="small">
              {f.articles} articles · last checked {when(f.lastPolledAt)}
              {f.lastError && <span class="warning"> · {f.lastError}</span>}
            </div>
            <button type="button" onClick={() => void unfollow(f, false)}>
              Unfollow
            </button>{' '}
            <button type="button" onClick={() => void unfollow(f, true)}>
              Unfollow and remove its articles
            </button>
          </li>
        ))}
      </ul>
      <div class="library-tools">
        <label>
          Check every{' '}
          <select
            value={settings.intervalMinutes}
            onChange={(e) =>
              void change({ ...settings, intervalMinutes: Number((e.target as HTMLSelectElement).value) })
            }
          >
            {INTERVALS.map((m) => (
              <option key={m} value={m}>
                {m < 60 ? `${m} minutes` : `${m / 60} hours`}
              </option>
            ))}
          </select>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(e) => void change({ ...settings, paused: (e.target as HTMLInputElement).checked })}
          />
          Pause all background requests
        </label>
        <button
          type="button"
          disabled={settings.paused}
          onClick={() =>
            void request('pollFeeds', {}).then((r) => {
              setStatus(`Checked ${r.feeds} feeds: ${r.stored + r.entries} new articles.`);
              refresh();
            })
          }
        >
          Check now
        </button>
        <label class="button-like">
          Import OPML…
          <input
            type="file"
            accept=".opml,.xml,text/x-opml,application/xml"
            class="sr-only"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) void importOpml(file);
            }}
          />
        </label>
        <button type="button" onClick={() => void exportOpml()} disabled={feeds.length === 0}>
          Export OPML
        </button>
      </div>
    </section>
  );
}
