// Exports render the same Comparison safely: page text never becomes markup, highlights carry labels.
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from '../../src/core/compare';
import { CONTENT_SECURITY_POLICY, toHtml, toJson, toMarkdown } from '../../src/core/export';
import { seedText } from '../gold/score';

const hostile =
  '<script>alert(1)</script> The minister said <b onclick="x()">talks</b> would resume on Monday.';
const result = compare(
  articleFromText(`${hostile}\nThe ceasefire holds in the north.`),
  articleFromText(
    'The minister said talks would resume on Tuesday.\nThe ceasefire holds in the north.\nAid convoys arrived <img src=x onerror=alert(1)>.',
  ),
);

describe('toHtml', () => {
  const html = toHtml(result);

  it('escapes all page text and carries a restrictive Content-Security-Policy', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b onclick');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
  });

  it('marks whose words differ with ins/del and text labels, never as an edit (added/removed)', () => {
    expect(html).toMatch(/<del><span class="label">only in this version<\/span>[^<]*Monday/);
    expect(html).toMatch(/<ins><span class="label">only in the other version<\/span>[^<]*Tuesday/);
    expect(html).toContain('<span class="label">date</span>');
    expect(html).not.toMatch(/>(added|removed)</i);
  });
});

describe('toMarkdown', () => {
  it('lists the facts you are missing, those only here and the changed details', () => {
    const md = toMarkdown(compare(articleFromText(seedText('000')), articleFromText(seedText('003'))));
    const missing = md.slice(md.indexOf('## Facts you are missing'), md.indexOf('## Facts only in'));
    expect(missing).toContain('Putin has agreed to halt attacks on Kyiv');
    expect(md).toContain('## Changed details');
    expect(md).toContain('**date**');
  });

  it('escapes markup in page text', () => {
    expect(toMarkdown(result)).not.toMatch(/<img|<script/);
  });

  it('says so when the articles are not the same story', () => {
    const md = toMarkdown(
      compare({ text: 'A magnitude 6 earthquake struck Chile.' }, articleFromText(seedText('000'))),
    );
    expect(md).toContain('do not appear to report the same story');
  });
});

describe('toJson', () => {
  it('round-trips the Comparison with the documented field names', () => {
    const parsed = JSON.parse(toJson(result)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(
      expect.arrayContaining(['similarity', 'sameStory', 'onlyInBase', 'onlyInOther', 'aligned']),
    );
    expect(parsed).toEqual(JSON.parse(JSON.stringify(result)));
  });
});

describe('clauses folded into a longer sentence', () => {
  it('are listed in the Markdown and HTML reports under the changed details', () => {
    const c = compare(articleFromText(seedText('003')), articleFromText(seedText('000')));
    const clause = c.aligned.flatMap((p) => p.uncovered ?? []).find((u) => /war dead/.test(u.text));
    expect(clause?.side).toBe('other');
    expect(toMarkdown(c)).toMatch(/\*\*only in [^*]+\*\*: “[^”]*exchanged war dead”/);
    expect(toHtml(c)).toMatch(/only in [^<]+<\/span>“[^”]*exchanged war dead”/);
  });
});

describe('a changed quote', () => {
  it('names its speaker in the Markdown and HTML reports when the sentence does', () => {
    const c = compare(articleFromText(seedText('000')), articleFromText(seedText('001')));
    const quote = c.aligned.flatMap((p) => p.changes).find((change) => change.kind === 'quote');
    expect(quote?.speaker).toBe('Kadyrov');
    expect(toMarkdown(c)).toMatch(/\*\*quote \(Kadyrov\)\*\*: “I believe the war must be completed/);
    expect(toHtml(c)).toContain('<span class="label">quote (Kadyrov)</span>');
  });
});
