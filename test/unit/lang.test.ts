// Languages on real news text (semeval-dev, read in place): detection, each language's stop words and stems,
// and matching that reads German as German — while English stays exactly as it was.
import '../../src/core/lang/all';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedLanguage, detectLanguage } from '../../src/core/lang/detect';
import { languageOf } from '../../src/core/lang';
import { extractFeatures } from '../../src/core/match/features';
import { MatchIndex } from '../../src/core/match/index';
import { tokenize } from '../../src/core/text';
import { loadSemevalByLanguage } from '../../bench/lang-data';
import { loadSeeds } from '../../bench/match-data';
import { SHARED } from '../paths';

const { texts, pairs } = loadSemevalByLanguage();
const text = (id: string) => texts.get(`sv:${id}`)?.text ?? '';

/** The stems the words written `forms` get in `lang`, read from the real text they occur in. */
function stemsOf(source: string, lang: string | undefined, forms: string[]): string[] {
  const tokens = tokenize(source, lang);
  return forms.map((form) => tokens.find((t) => t.text === form)?.stem ?? `(no ${form})`);
}

describe('language detection', () => {
  it('tells German, French, Spanish and Italian articles apart from their text', () => {
    for (const lang of ['de', 'fr', 'es', 'it']) {
      const of = [...texts.values()].filter((t) => t.lang === lang && t.text.length >= 250);
      const right = of.filter((t) => detectLanguage(t.text) === lang).length;
      expect(right / of.length, lang).toBeGreaterThanOrEqual(0.99);
    }
  });

  it("overrules a page that declares English over a German article, and keeps a page's region", () => {
    const german = text('1604904073');
    expect(checkedLanguage('en', german)).toBe('de');
    expect(checkedLanguage('de-AT', german)).toBe('de-AT');
    expect(checkedLanguage(null, german)).toBe('de');
    // A headline alone is too short to overrule the page, and too short to guess from.
    expect(checkedLanguage('fr', 'Fünf Surfer ums Leben gekommen')).toBe('fr');
    expect(checkedLanguage(null, 'Fünf Surfer ums Leben gekommen')).toBeNull();
  });
});

describe('stop words and stems per language', () => {
  it('German: inflected forms of two reports meet, articles and conjunctions are function words', () => {
    const a = text('1586893419');
    const b = text('1587582551');
    const [one, other] = stemsOf(`${a}\n${b}`, 'de', ['Tierversuche', 'Tierversuchen']);
    expect(one).toBe(other);
    // English rules (Porter) left them apart.
    const [english, otherEnglish] = stemsOf(`${a}\n${b}`, undefined, ['Tierversuche', 'Tierversuchen']);
    expect(english).not.toBe(otherEnglish);
    const stops = tokenize(a, 'de').filter((t) => ['der', 'auf', 'und'].includes(t.norm));
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.every((t) => t.stop)).toBe(true);
  });

  it('French: "évacuées" and "évacués" are one word, "l\'incendie" is "incendie"', () => {
    const a = text('1515971688');
    const b = text('1516167923');
    const [one, other] = stemsOf(`${a}\n${b}`, 'fr', ['évacuées', 'évacués']);
    expect(one).toBe(other);
    const elided = tokenize(a + ' ' + b, 'fr').find((t) => /^l['’]incendie$/i.test(t.text));
    expect(elided?.norm).toBe('incendie');
    expect(tokenize(a, 'fr').find((t) => t.norm === 'pour')?.stop).toBe(true);
  });

  it('Spanish: "apuñalar" and "apuñalado" share one stem', () => {
    const both = text('1484212836') + '\n' + text('1484022122');
    const stems = stemsOf(both, 'es', ['apuñalar', 'apuñalado']);
    expect(new Set(stems).size).toBe(1);
    expect(tokenize(both, 'es').find((t) => t.norm === 'los')?.stop).toBe(true);
  });

  it('Italian: "dollari" and "dollaro" meet, and figures with a decimal comma read as figures', () => {
    const a = text('1484008055it');
    const b = text('1484109516it');
    const [one, other] = stemsOf(`${a}\n${b}`, 'it', ['dollari', 'dollaro']);
    expect(one).toBe(other);
    // "24,7 milioni" is 24.7 million, as an English outlet writes "24.7 million".
    expect(tokenize(a, 'it').find((t) => t.text === '24,7')?.norm).toBe('24.7');
  });

  it('any other language is read word for word: no stop words, no stems, no English rules', () => {
    const turkish = [...texts.values()].find((t) => t.lang === 'tr')?.text ?? '';
    const tokens = tokenize(turkish, 'tr');
    expect(tokens.length).toBeGreaterThan(50);
    expect(tokens.every((t) => !t.stop && (t.isNumber || t.stem === t.norm.toLowerCase()))).toBe(true);
    expect(languageOf('tr').supported).toBe(false);
  });

  it('English reads exactly as before: the same tokens with or without the language', () => {
    for (const seed of loadSeeds()) expect(tokenize(seed.text, 'en')).toEqual(tokenize(seed.text));
    expect(languageOf(null).code).toBe('en');
  });
});

describe('matching by language', () => {
  const german = [...texts.values()].filter((t) => t.lang === 'de');

  it('a German report finds its other German version first, far above every different story', () => {
    const index = new MatchIndex();
    for (const t of german) index.add({ id: t.id, text: t.text, lang: 'de' });
    const [first, second] = index.query(
      { id: 'q', text: text('1604904073'), lang: 'de' },
      { excludeId: 'sv:1604904073' },
    );
    expect(first?.id).toBe('sv:1604593351');
    expect(first?.sameStory).toBe(true);
    expect(first?.shared).toContain('surfer');
    expect((first?.score ?? 0) - (second?.score ?? 0)).toBeGreaterThan(0.5);
  });

  /** How often a same-story German pair outscores a different-story one (area under the ROC curve). */
  function separation(lang: string): number {
    const index = new MatchIndex();
    const entry = (t: { id: string; text: string }) => ({
      id: t.id,
      text: t.text,
      lang,
    });
    for (const t of german) index.add(entry(t));
    const score = new Map<string, number>();
    for (const t of german)
      for (const m of index.query(entry(t), { top: 100, excludeId: t.id }))
        score.set(`${t.id} ${m.id}`, m.score);
    const of = (a: string, b: string) => Math.max(score.get(`${a} ${b}`) ?? 0, score.get(`${b} ${a}`) ?? 0);
    const rated = pairs.get('de-de') ?? [];
    const same = rated.filter((p) => p.overall <= 1.5).map((p) => of(p.a, p.b));
    const different = rated.filter((p) => p.overall >= 3).map((p) => of(p.a, p.b));
    let wins = 0;
    for (const s of same) for (const d of different) wins += s > d ? 1 : s === d ? 0.5 : 0;
    return wins / (same.length * different.length);
  }

  it('German pairs people rated the same story score above those they rated different stories', () => {
    expect(separation('de')).toBeGreaterThan(0.8);
  });

  it('compares a German and an English article through names and figures only, never word by word', () => {
    const de = extractFeatures(
      'Die Regierung in Berlin hat am Montag beschlossen, 500 Millionen Euro für Corona-Tests bereitzustellen.',
      '',
      'de',
    );
    const en = extractFeatures(
      'The government in Berlin decided on Monday to provide 500 million euros for Corona tests.',
      '',
      'en',
    );
    expect([...de.keys()].filter((k) => en.has(k)).sort()).toEqual(['e:berlin', 'n:500']);
  });

  it('finds the English report of a German story among English and German articles, by the names they share', () => {
    const index = new MatchIndex();
    for (const t of texts.values())
      if (t.lang === 'de' || t.lang === 'en') index.add({ id: t.id, text: t.text, lang: t.lang });
    const [first] = index.query(
      { id: 'q', text: text('1576660561'), lang: 'de' },
      { excludeId: 'sv:1576660561' },
    );
    expect(first?.id).toBe('sv:1576363463');
    expect(first?.shared).toEqual(expect.arrayContaining(['bocelli', 'andrea']));
  });
});

describe('page furniture per language', () => {
  it('sets aside a German and a Spanish lead-in to links, as found on real pages, and only in their language', async () => {
    const { extractPage } = await import('../../src/cli/read');
    const { sentencesOf } = await import('../../src/core/text');
    const pages = resolve(SHARED, 'corpora/extraction-dev/pages');
    for (const [file, line] of [
      ['hrjournal.de.trends.html', 'Lesen Sie auch die folgenden Beiträge:'],
      ['laprensagrafica.com.fiscal.html', 'Lee también'],
    ] as const) {
      const result = await extractPage(resolve(pages, file));
      if (!result.ok) throw new Error(result.message);
      const found = sentencesOf(result.article).find((s) => s.text === line);
      expect(found?.setAside, file).toBe('boilerplate');
      // Read as English, the same line would be reported as a fact.
      const asEnglish = sentencesOf({ ...result.article, lang: 'en' }).find((s) => s.text === line);
      expect(asEnglish?.setAside ?? null, file).not.toBe('boilerplate');
    }
  });
});
