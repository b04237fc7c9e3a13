// One schema per record type that enters the library (valibot: the check and the type come from the same
// declaration, so they cannot drift). Every text field is cleaned as page text is (bidi controls and
// zero-width characters dropped, lone surrogates repaired: SECURITY.md); a record that does not fit is
// refused with the field and the reason, never half-stored.
import * as v from 'valibot';
import type { Article } from '../core/model';
import { cleanText } from '../core/text/clean';
import { contentHash } from './hash';
import type { ArticleRecord, FeedRecord, VersionRecord } from './schema';

/** Any text from outside: a string, cleaned like page text. */
const Text = v.pipe(v.string(), v.transform(cleanText));
/** Text that must say something once cleaned. */
const NonEmptyText = v.pipe(
  Text,
  v.check((s) => s.trim() !== '', 'is empty'),
);
/** Optional text; missing means null (older schema versions, pages that give none). */
const MaybeText = v.nullish(Text, null);
/** An identifier: a short non-empty string. */
const Id = v.pipe(Text, v.minLength(1, 'is empty'), v.maxLength(2_000, 'is too long'));
/** A time as ISO 8601 text that parses as a date. */
const Time = v.pipe(
  Text,
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
);
const MaybeTime = v.nullish(Time, null);
/** An address; never rendered as markup, only kept and compared. */
const MaybeUrl = v.nullish(v.pipe(Text, v.maxLength(8_000, 'is too long')), null);

/** One block of article text: blocks left empty by cleaning are dropped by the record schemas below. */
export const ParagraphSchema = v.object({
  kind: v.optional(v.picklist(['heading', 'paragraph', 'list-item', 'quote']), 'paragraph'),
  text: v.pipe(
    Text,
    v.transform((s) => s.replace(/\s+/g, ' ').trim()),
  ),
});

const Paragraphs = v.pipe(
  v.optional(v.array(ParagraphSchema), []),
  v.transform((list) => list.filter((p) => p.text !== '')),
);

/** Where an article came from. */
const SourceSchema = v.object({
  kind: v.picklist(['reader', 'feed']),
  feedUrl: MaybeUrl,
  entryOnly: v.optional(v.boolean(), false),
});

/** An http(s) address, as a followed feed must have. */
const HttpUrl = v.pipe(
  Text,
  v.maxLength(2_000, 'is too long'),
  v.check((s) => /^https?:\/\/[^/\s]+/i.test(s), 'is not an http(s) address'),
);

/** A followed feed with the poller's state. */
export const FeedRecordSchema = v.object({
  url: HttpUrl,
  title: v.optional(v.pipe(Text, v.maxLength(500, 'is too long')), ''),
  siteUrl: v.nullish(HttpUrl, null),
  addedAt: Time,
  etag: v.nullish(v.pipe(Text, v.maxLength(1_000, 'is too long')), null),
  lastModified: v.nullish(v.pipe(Text, v.maxLength(200, 'is too long')), null),
  failures: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  nextPollAt: Time,
  lastPolledAt: MaybeTime,
  lastError: v.nullish(v.pipe(Text, v.maxLength(500, 'is too long')), null),
  seen: v.optional(v.pipe(v.array(v.pipe(Text, v.maxLength(2_000))), v.maxLength(2_000, 'is too long')), []),
}) satisfies v.GenericSchema<unknown, FeedRecord>;

/** A stored article as a backup (of any schema version so far) gives it; missing later fields are derived. */
export const ArticleRecordSchema = v.pipe(
  v.object({
    id: Id,
    url: MaybeUrl,
    canonicalUrl: MaybeUrl,
    title: v.optional(Text, ''),
    siteName: MaybeText,
    byline: MaybeText,
    publishedTime: MaybeTime,
    modifiedTime: MaybeTime,
    lang: v.nullish(v.pipe(Text, v.maxLength(40, 'is too long')), null),
    capturedAt: Time,
    firstCapturedAt: v.optional(Time),
    text: NonEmptyText,
    paragraphs: Paragraphs,
    partial: v.optional(v.boolean(), false),
    source: v.optional(SourceSchema),
    recheck: v.optional(
      v.object({ readAt: Time, done: v.pipe(v.number(), v.integer(), v.minValue(0)), nextAt: MaybeTime }),
    ),
  }),
  // The hash is always computed again from the cleaned text: a backup's own could be stale (cleaning
  // changed the text) or forged (to make a new text pass for one already stored).
  v.transform((r): ArticleRecord => ({
    ...r,
    firstCapturedAt: r.firstCapturedAt ?? r.capturedAt,
    contentHash: contentHash(r.text, r.paragraphs),
  })),
);

/** An earlier version of a stored article; its id is derived from the article and the text's hash. */
export const VersionRecordSchema = v.pipe(
  v.object({
    articleId: Id,
    title: v.optional(Text, ''),
    text: NonEmptyText,
    paragraphs: Paragraphs,
    modifiedTime: MaybeTime,
    capturedAt: Time,
  }),
  v.transform((r): VersionRecord => {
    const hash = contentHash(r.text, r.paragraphs);
    return { ...r, contentHash: hash, id: `${r.articleId}@${hash}` };
  }),
);

/** An Article as the capture script (or any other reader of pages) hands it to the library. */
export const ArticleSchema = v.object({
  title: v.optional(Text, ''),
  byline: MaybeText,
  siteName: MaybeText,
  url: MaybeUrl,
  canonicalUrl: MaybeUrl,
  publishedTime: MaybeTime,
  modifiedTime: MaybeTime,
  lang: v.nullish(v.pipe(Text, v.maxLength(40, 'is too long')), null),
  leadImageUrl: MaybeUrl,
  paragraphs: Paragraphs,
  text: v.string(),
  partial: v.optional(v.boolean()),
});

/** The first problem of a failed check, in a few words: "title: expected text, got an object". */
function reasonOf(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'not readable';
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  const words: Record<string, string> = { Object: 'an object', Array: 'a list', string: 'text' };
  const name = (type: string | null) => (type === null ? '' : (words[type] ?? type));
  const what =
    issue.received === 'undefined'
      ? 'missing'
      : issue.kind === 'schema'
        ? `expected ${name(issue.expected)}, got ${name(issue.received)}`
        : issue.message;
  return path ? `${path}: ${what}` : issue.expected === 'Object' ? 'not an object' : what;
}

/** Checks and cleans one record: the record, or the reason it is refused. */
export function readRecord<T>(
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  const result = v.safeParse(schema, value);
  return result.success ? { ok: true, value: result.output } : { ok: false, reason: reasonOf(result.issues) };
}

/**
 * A captured Article, checked and cleaned; its text is rebuilt from its paragraphs (the one thing the
 * article's text must be) so that a paragraph emptied by cleaning cannot leave a stale text behind.
 */
export function readArticle(value: unknown): { ok: true; value: Article } | { ok: false; reason: string } {
  const read = readRecord(ArticleSchema, value);
  if (!read.ok) return read;
  const { partial, ...article } = read.value;
  const text = article.paragraphs.map((p) => p.text).join('\n\n');
  return { ok: true, value: { ...article, text, ...(partial === undefined ? {} : { partial }) } };
}
