// The popup's word on followed outlets: which of them have a version of this story and which have none,
// and "Follow <outlet>" for the site of the article being read (its access asked for in that click).
import { useState } from 'preact/hooks';
import { browser, request } from '../../shared/browser-api';
import { originPattern } from '../../shared/feed-settings';
import type { CaptureOutcome, FollowedFeed } from '../../shared/messages';
import { useLoad } from '../components/useRequest';

type Captured = Extract<CaptureOutcome, { status: 'captured' }>;

/** Followed feeds split by whether one of the versions (or possibly related articles) came from them. */
export function splitFollowed(
  feeds: FollowedFeed[],
  outcome: Captured,
): { withVersion: FollowedFeed[]; without: FollowedFeed[] } {
  const carried = new Set([...outcome.versions, ...outcome.related].map((v) => v.feedUrl).filter(Boolean));
  return {
    withVersion: feeds.filter((f) => carried.has(f.url)),
    without: feeds.filter((f) => !carried.has(f.url)),
  };
}

export function Following({ outcome }: { outcome: Captured }) {
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  const feeds = useLoad(() => request('listFeeds', {}), [attempt]);
  if (feeds.phase !== 'done') return null;
  const { withVersion, without } = splitFollowed(feeds.value, outcome);
  const url = outcome.article.url;
  const site = url && /^https?:/.test(url) ? new URL(url) : null;
  const following = site && feeds.value.some((f) => new URL(f.url).hostname === site.hostname);

  async function follow() {
    if (!site) return;
    if (!(await browser.permissions.request({ origins: [originPattern(site.href)] })))
      return setStatus('Access was not granted: nothing followed.');
    try {
      const [feed] = await request('findFeeds', { address: site.href });
      if (!feed) return setStatus('This site announces no feed.');
      await request('followFeed', {
        url: feed.url,
        title: feed.title || outcome.article.outlet,
        siteUrl: site.origin,
      });
      setStatus(`Following ${outcome.article.outlet}.`);
      setAttempt(attempt + 1);
    } catch (error) {
      setStatus((error as Error).message);
    }
  }

  return (
    <section class="following small" aria-label="Followed outlets" data-testid="following">
      {withVersion.length > 0 && (
        <p>Followed outlets with a version: {withVersion.map((f) => f.title).join(', ')}.</p>
      )}
      {without.length > 0 && (
        <p class="muted">Followed outlets without one yet: {without.map((f) => f.title).join(', ')}.</p>
      )}
      {site && !following && (
        <button type="button" onClick={() => void follow()} data-testid="follow-outlet">
          Follow {outcome.article.outlet || site.hostname}
        </button>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
