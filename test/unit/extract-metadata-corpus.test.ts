// The title, outlet and publication date a reader is shown on 250 real pages, against our hand-made gold
// (test/gold/extraction-metadata.json), above floors just under the figures measured, so a regression
// fails (measured: title 0.920, outlet 0.976, date 0.920 where the markup has one); and never an impossible date.
import { describe, expect, it } from 'vitest';
import { loadCases } from '../extraction-dev';
import { loadMetadataGold, scoreMetadata } from '../extraction-metadata';

const FLOOR = { title: 0.91, outlet: 0.97, dateInMarkup: 0.91 };

describe('extraction-dev metadata', () => {
  it('has a label for every page, titles short and dates as days', () => {
    const gold = loadMetadataGold();
    const files = loadCases().map((c) => c.file);
    expect(Object.keys(gold).sort()).toEqual([...files].sort());
    for (const g of Object.values(gold)) {
      expect(g.outlet.length).toBeGreaterThan(0);
      expect(g.title.length).toBeGreaterThan(0);
      expect(g.title.length).toBeLessThan(200);
      if (g.date !== null) expect(g.date).toMatch(/^(199\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    }
  });

  it('shows the right title, outlet and date, and no impossible date', { timeout: 300_000 }, () => {
    const s = scoreMetadata(() => true);
    expect(s.pages).toBe(250);
    expect(s.implausible).toBe(0);
    expect(s.titleExact / s.pages).toBeGreaterThan(FLOOR.title);
    expect(s.outletRight / s.pages).toBeGreaterThan(FLOOR.outlet);
    expect(s.dateRightMarkup / s.markupDated).toBeGreaterThan(FLOOR.dateInMarkup);
  });
});
