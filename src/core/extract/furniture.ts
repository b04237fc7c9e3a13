// Tells page furniture (navigation, widgets, author boxes, teasers, captions…) from the story by its markup.

/** Pull quotes are set apart in <aside> or <figure> but belong to the story. */
export const PULL_QUOTE = /pull-?quote/i;
const FURNITURE_TAG = /^(nav|aside|form|footer|header|button|menu|dialog)$/;
const FURNITURE_ROLE = /^(navigation|complementary|banner|contentinfo|dialog|menu)$/;
const FURNITURE_NAME =
  /comment|share|social|related|newsletter|subscri|promo|advert|sponsor|sidebar|widget|breadcrumb|\btags?\b|author|byline|\bbio\b|rating|cookie|consent|popup|modal|signup|recommend|more-stories|also-read|read-?more|caption|credit|\bmeta\b|footer|\bnav|menu|\bads?\b|banner|toolbar|pagination|paywall|copyright|disclaimer|callout|placeholder|privacy|(^|[\s_-])cta|(^|\s)(hidden|d-none|sr-only|visually-hidden)(\s|$)/i;
/**
 * Class names a CMS derives from the post's taxonomy ("tag-social-media", "category-comments" in WordPress):
 * they name the topic, not the role of the element, so they must not make an article look like furniture.
 */
const TAXONOMY = /(^|\s)((tag|category|format|type|status|postid)-[\w-]*|(post|page-id)-\d+)(?=\s|$)/gi;

/** The element's class and id, the words a page uses to say what the element is for. */
export function roleNames(el: Element): string {
  return `${(el.getAttribute('class') ?? '').replace(TAXONOMY, ' ')} ${el.id}`;
}

/** Whether the element is hidden by its attributes (the styles are not computed in a clone). */
function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return /display:\s*none|visibility:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** Whether the element holds page furniture rather than the story. */
export function isFurniture(el: Element): boolean {
  if (PULL_QUOTE.test(el.getAttribute('class') ?? '')) return false;
  if (FURNITURE_TAG.test(el.localName) || hiddenByMarkup(el)) return true;
  if (FURNITURE_ROLE.test(el.getAttribute('role') ?? '')) return true;
  const names = roleNames(el);
  // A "teaser" that links nowhere is the article's own standfirst (German CMSs name it so), not a teaser
  // for another article.
  return FURNITURE_NAME.test(names) || (/teaser/i.test(names) && el.querySelector('a') !== null);
}

/** Whether furniture sits between `el` (inclusive) and `top` (exclusive). */
export function underFurniture(el: Element, top: Element): boolean {
  for (let up: Element | null = el; up && up !== top; up = up.parentElement) if (isFurniture(up)) return true;
  return false;
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Inside a chosen container, the furniture to leave out: boxes (author bio, teasers, newsletter) that, counted
 * with the boxes of the same markup, hold a small part of its text. Many boxes named "comment" or "--ads" that
 * together hold most of it are the story's own parts (a live ticker, sections with ad slots).
 */
export function minorFurniture(root: Element, share = 0.25): (el: Element) => boolean {
  const total = textLength(root);
  const groups = new Map<string, number>();
  const found = new Map<Element, string>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!isFurniture(el)) continue;
    // Boxes of one kind share their first class name, the component's ("Section" in "Section Section--Ads").
    const key = `${el.localName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
    found.set(el, key);
    groups.set(key, (groups.get(key) ?? 0) + textLength(el));
  }
  return (el) => {
    const key = found.get(el);
    return key !== undefined && (groups.get(key) ?? 0) < total * share;
  };
}
