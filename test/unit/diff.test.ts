// Typed changes and bounded word diffs inside aligned pairs.
import { describe, expect, it } from 'vitest';
import { changesBetween, wordDiff } from '../../src/core/diff';

const changes = (a: string, b: string) => changesBetween(a, b, wordDiff(a, b));

describe('changesBetween', () => {
  it('types a different weekday as a date change', () => {
    expect(
      changes(
        'Ushakov said on Wednesday that talks would go on.',
        'Ushakov said on Thursday that talks would go on.',
      ),
    ).toEqual([{ kind: 'date', base: 'Wednesday', other: 'Thursday' }]);
  });

  it('does not report a date only one side gives, nor the same time in another unit (seed sentences)', () => {
    expect(
      changes(
        'Ushakov said the meeting must be well-prepared.',
        'Ushakov said on Wednesday that the meeting must be well-prepared.',
      ),
    ).toEqual([]);
    const kinds = (a: string, b: string) => changes(a, b).map((c) => c.kind);
    expect(
      kinds(
        'On Thursday, the Kremlin reaffirmed its invitation to Ukrainian President Volodymyr Zelensky to visit Moscow.',
        'The Kremlin announced on Thursday, January 29, that Russia has once again invited Ukrainian President Volodymyr Zelensky to Moscow.',
      ),
    ).not.toContain('date');
    expect(
      kinds(
        'Trump said on Tuesday that “very good things” were happening in the peace process.',
        'Trump expressed optimism earlier this week that “very good things” were happening in the peace process.',
      ),
    ).not.toContain('date');
  });

  it('reports times that conflict in the same unit as a date change', () => {
    expect(
      changes(
        'The peace negotiations in Abu Dhabi this weekend injected new momentum.',
        'The peace negotiations in Abu Dhabi last weekend injected new momentum.',
      ),
    ).toEqual([{ kind: 'date', base: 'this weekend', other: 'last weekend' }]);
  });

  it('does not report 20% against 20 percent, nor World War II against World War Two', () => {
    expect(
      changes('Russia wants the roughly 20% of Donetsk.', 'Russia wants the roughly 20 percent of Donetsk.'),
    ).toEqual([]);
    expect(
      changes('the worst conflict since World War II began', 'the worst conflict since World War Two began'),
    ).toEqual([]);
  });

  it('reports a figure that differs or is absent as a number change', () => {
    expect(changes('At least 12 people died in the flood.', 'At least 15 people died in the flood.')).toEqual(
      [{ kind: 'number', base: 'At least 12', other: 'At least 15', measure: 'dead' }],
    );
  });

  it('reports "Europe’s longest conflict" against "largest conflict" as wording', () => {
    const c = changes(
      'Trump wants to end Europe’s longest conflict since 1945.',
      'Trump wants to end Europe’s largest conflict since 1945.',
    );
    expect(c).toEqual([{ kind: 'wording', base: 'longest', other: 'largest' }]);
  });

  it('does not list everyday synonyms as changed details (seed rewordings)', () => {
    for (const [a, b] of [
      ['He advised that Putin visit Kyiv instead.', 'He advised that Putin come to Kyiv instead.'],
      ['and the destiny of the nuclear plant.', 'and the fate of the nuclear plant.'],
      ['it does not want to give Moscow territory.', 'it does not want to gift Moscow territory.'],
    ])
      expect(changes(a as string, b as string)).toEqual([]);
  });

  it('reports a negation gained as wording, but not a paraphrase that negates', () => {
    expect(
      changes('Moscow has received a response from Kyiv.', 'Moscow has not received a response from Kyiv.'),
    ).toEqual([{ kind: 'wording', base: '', other: 'not' }]);
    expect(
      changes(
        'the part of Donetsk that remains outside Russian control',
        'the part of Donetsk that is not under Russian control',
      ),
    ).toEqual([]);
  });

  it('reports a figure one side omits as one-sided, only when it speaks of the same thing', () => {
    expect(
      changes(
        'Russia wants the roughly 20% of the Donetsk region.',
        'Russia wants parts of the Donetsk region.',
      ),
    ).toEqual([{ kind: 'one-sided', base: 'roughly 20%', other: '', measure: 'percent' }]);
    expect(
      changes(
        'Trump wants to end the largest conflict since World War Two, he said.',
        'Trump wants to end the conflict, he said.',
      ),
    ).toEqual([]);
  });

  it('reports quoted words that differ as a quote change', () => {
    const c = changes(
      '“I believe the war must be completed,” Kadyrov said.',
      '“I believe the war must be taken to its conclusion,” Kadyrov said.',
    );
    expect(c.map((x) => x.kind)).toEqual(['quote']);
  });

  it('does not report a country named by its capital as a changed name (seed sentences)', () => {
    expect(
      changes(
        'Lavrov questioned any security guarantees that Washington might deliver Ukraine.',
        'Lavrov questioned any security guarantees that the United States might deliver Ukraine.',
      ),
    ).toEqual([]);
    expect(
      changes(
        'Fierce fighting continues, while Ukraine is dealing with widespread power outages.',
        'Fierce fighting continues, and Kyiv is dealing with widespread power outages.',
      ).map((c) => c.kind),
    ).not.toContain('name');
    expect(
      changes(
        'This comes as diplomatic efforts led by the United States are intensifying.',
        'This comes as US-led diplomatic efforts are intensifying.',
      ).map((c) => c.kind),
    ).not.toContain('name');
  });

  it('says who speaks a changed quote when the sentence names them, and no one when it does not', () => {
    const said = changes(
      '“I believe the war must be completed,” Kadyrov told reporters at the Kremlin.',
      '"I think the war should reach its conclusion," Kadyrov stated to the media at the Kremlin.',
    );
    expect(said).toEqual([
      {
        kind: 'quote',
        base: 'I believe the war must be completed,',
        other: 'I think the war should reach its conclusion,',
        speaker: 'Kadyrov',
      },
    ]);
    expect(
      changes(
        'Kremlin aide Yuri Ushakov said: “We are ready.”',
        'Kremlin aide Yuri Ushakov said: “We stand ready.”',
      )[0]?.speaker,
    ).toBe('Yuri Ushakov');
    expect(changes('“I am against negotiations.”', '"I oppose any negotiations".')[0]).not.toHaveProperty(
      'speaker',
    );
    expect(changes('“We are ready,” he said.', '“We stand ready,” he said.')[0]).not.toHaveProperty(
      'speaker',
    );
  });

  it('reports one name put in place of another', () => {
    const c = changes(
      'Kremlin aide Yuri Ushakov said the meeting must be prepared.',
      'Kremlin aide Dmitry Peskov said the meeting must be prepared.',
    );
    expect(c).toEqual([{ kind: 'name', base: 'Yuri Ushakov', other: 'Dmitry Peskov' }]);
  });
});

describe('wordDiff', () => {
  it('marks only the changed word', () => {
    expect(wordDiff('the largest conflict', 'the longest conflict')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'largest' },
      { op: 'insert', text: 'longest' },
      { op: 'equal', text: ' conflict' },
    ]);
  });

  it('falls back to whole-sentence replacement when the edit budget runs out', () => {
    const a = Array.from({ length: 300 }, (_, i) => `alpha${i}`).join(' ');
    const b = Array.from({ length: 300 }, (_, i) => `beta${i}`).join(' ');
    expect(wordDiff(a, b, 20)).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });
});
