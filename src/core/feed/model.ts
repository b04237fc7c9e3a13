// The one shape every feed format is read into, whatever the outlet publishes (RSS 2.0, RSS 1.0, Atom,
// JSON Feed): what the poller needs to fetch an item's page, and what is kept when the page cannot be read.

/** One entry of a feed. Text fields are plain text: any markup the outlet put in them is gone. */
export interface FeedItem {
  /** The item's own identifier (guid, Atom id, JSON Feed id), else its link, else its title and date. */
  id: string;
  /** Headline, "" when the feed gives none. */
  title: string;
  /** Absolute http(s) address of the item's page, or null (some items carry no link). */
  link: string | null;
  /** Summary or description as plain text, "" when none. */
  summary: string;
  /** Publication (or, failing that, update) time as ISO 8601 in UTC, or null when missing or unreadable. */
  published: string | null;
  /** Author line, or null. */
  author: string | null;
}

/** A parsed feed. */
export interface Feed {
  /** The format the outlet published. */
  format: 'rss' | 'atom' | 'rdf' | 'json';
  /** The feed's title as plain text, "" when none. */
  title: string;
  /** The outlet's home page (absolute), or null. */
  siteUrl: string | null;
  /** Items in the feed's order, each id once (the first wins). */
  items: FeedItem[];
}

/** A feed a page announces with <link rel="alternate">. */
export interface DiscoveredFeed {
  /** Absolute address of the feed. */
  url: string;
  /** The declared format. */
  format: 'rss' | 'atom' | 'json';
  /** The link's title attribute, "" when none. */
  title: string;
}

/** A followed feed as OPML carries it. */
export interface FeedSubscription {
  /** Address of the feed. */
  feedUrl: string;
  /** Its name. */
  title: string;
  /** The outlet's home page, or null. */
  siteUrl: string | null;
}
