// The text layer on real news text: sentences, page furniture, canonical terms.
import { describe, expect, it } from 'vitest';
import {
  articleFromText,
  canonicalTerms,
  sentencesOf,
  splitSentences,
  stem,
  tokenize,
} from '../../src/core/text';
import { seedText } from '../gold/score';

const keys = (text: string) =>
  canonicalTerms(tokenize(text), stem)
    .filter((t) => !t.stop)
    .map((t) => t.key);
const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, titles and initials inside their sentence', () => {
    const s = texts(
      'The U.S. President met Mr. Smith on Jan. 5 in Washington. J. R. Smith left early. Then it rained.',
    );
    expect(s).toEqual([
      'The U.S. President met Mr. Smith on Jan. 5 in Washington.',
      'J. R. Smith left early.',
      'Then it rained.',
    ]);
  });

  it('keeps initials before a surname, an abbreviation before a number and a decimal spaced out', () => {
    expect(
      texts(
        'He is the fifth coach fired this season, following P.J. Carlesimo of Oklahoma City. His son, T.J. Brown, plays for the Bulls.',
      ),
    ).toEqual([
      'He is the fifth coach fired this season, following P.J. Carlesimo of Oklahoma City.',
      'His son, T.J. Brown, plays for the Bulls.',
    ]);
    expect(texts('The court cited Const. 6 of the charter. A magnitude 6. 1 quake hit the coast.')).toEqual([
      'The court cited Const. 6 of the charter.',
      'A magnitude 6. 1 quake hit the coast.',
    ]);
    // Initials at the end of a sentence still end it when a function word starts the next.
    expect(texts('The talks were held in the U.S. The next round is in Geneva.')).toHaveLength(2);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    const s = texts('“We are ready. We will sign tomorrow,” the minister said. Talks resume on Monday.');
    expect(s).toEqual([
      '“We are ready. We will sign tomorrow,” the minister said.',
      'Talks resume on Monday.',
    ]);
  });

  it('segments non-English and right-to-left text', () => {
    expect(texts('Der Kreml hat Selenskyj eingeladen. Kiew hat noch nicht geantwortet.')).toHaveLength(2);
    expect(texts('دعا الكرملين زيلينسكي إلى موسكو. لم ترد كييف بعد.')).toHaveLength(2);
  });
});

describe('sentencesOf on the seeds', () => {
  const seed = (id: string) => sentencesOf(articleFromText(seedText(id)));

  it('joins the sentence that seed 003 hard-wraps across two lines', () => {
    const wrapped = seed('003').find((s) => s.text.includes('was firing missiles at his country every day'));
    expect(wrapped?.setAside).toBeNull();
  });

  it('sets aside the READ MORE link, image paths, headings and repeated headlines of seed 003', () => {
    const s = seed('003');
    const reason = (snippet: string) => s.find((x) => x.text.includes(snippet))?.setAside;
    expect(reason('READ MORE:')).toBe('boilerplate');
    expect(reason('/images/ppid_59c68470')).toBe('boilerplate');
    expect(reason('US-Mediated Abu Dhabi Talks')).toBe('heading');
    expect(reason('Trump Says Putin Agreed To Not Attack Kyiv For A Week')).not.toBeNull();
    expect(reason('Putin has agreed to halt attacks on Kyiv')).toBeNull();
  });

  it('sets aside comment forms, newsletter and rating prompts, datelines and image credits', () => {
    const reasons = (id: string) => new Map(seed(id).map((s) => [s.text, s.setAside]));
    const s000 = reasons('000');
    expect(s000.get('Leave a Reply')).toBe('boilerplate');
    expect(
      [...s000.entries()].filter(([t]) => t.startsWith('Kremlin Says Moscow')).map(([, r]) => r),
    ).not.toContain(null);
    const s004 = seed('004');
    for (const snippet of [
      'Sign up for Newsletter',
      'Rate This Article',
      '(0 votes)',
      'January 30, 2026 07:10',
      'Image source',
    ])
      expect(s004.find((x) => x.text.includes(snippet))?.setAside, snippet).toBe('boilerplate');
  });

  it('keeps the bullet items of seed 002 as sentences to compare', () => {
    const bullet = seed('002').find((s) => s.text.startsWith('The potential deployment'));
    expect(bullet?.kind).toBe('list-item');
    expect(bullet?.setAside).toBeNull();
  });
});

describe('canonical terms', () => {
  it('gives "20%" and "20 percent" the same terms', () => {
    expect(keys('roughly 20% of Donetsk')).toEqual(keys('roughly 20 percent of Donetsk'));
  });

  it('reads World War II as World War Two and number words as figures', () => {
    expect(keys('since World War II')).toEqual(keys('since World War Two'));
    expect(keys('twenty-five people')).toEqual(keys('25 people'));
    expect(keys('1.5 million people')).toEqual(keys('1,500,000 people'));
  });

  it('folds name variants and transliterations', () => {
    expect(keys('President Zelenskyy')).toEqual(keys('President Zelensky'));
    expect(keys('in Kiev')).toEqual(keys('in Kyiv'));
    expect(keys('the U.S. official')).toEqual(keys('the US official'));
  });
});
