// The ways comparison failed on real multi-outlet news (issue #13), each on invented sentences of the same shape:
// forced weak pairs, discrepancies inside pairs, facts buried in a longer sentence, merges that swallow a
// sentence, rewordings reported as missing, and the one-line CLI comparison that saw no change.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { articleFromText, compare } from '../../src/core/compare';
import { changeInWords } from '../../src/core/export';
import type { Change, Comparison } from '../../src/core/model';
import { tokenize } from '../../src/core/text';
import { quantitiesOf } from '../../src/core/text/quantities';

const versions = (base: string[], other: string[]): Comparison =>
  compare(articleFromText(base.join('\n')), articleFromText(other.join('\n')));

/** What the reader is told they are missing: sentences only in OTHER, and clauses of OTHER its pair lacks. */
function missing(c: Comparison): string[] {
  return [
    ...c.onlyInOther.map((s) => s.text),
    ...c.aligned.flatMap((p) => (p.uncovered ?? []).filter((u) => u.side === 'other').map((u) => u.text)),
  ];
}

const changes = (c: Comparison): Change[] => c.aligned.flatMap((p) => p.changes);

/** The typed changes of one pair of sentences compared on their own. */
const changesOf = (base: string, other: string): Change[] => changes(versions([base], [other]));

describe('forced weak pairs: a sentence sharing only a word or a number with the base is still missing', () => {
  it('"three days hiking the ridge" is not said by "three people were rescued"', () => {
    const c = versions(
      [
        'The avalanche buried the trail above Leadville on Saturday.',
        'Three people were rescued on Sunday.',
        'They were taken to a hospital in Denver with mild hypothermia.',
      ],
      [
        'An avalanche buried the trail above Leadville on Saturday.',
        'She had spent three days hiking the ridge with her sister, her family said.',
        'She was taken to a hospital in Denver with mild hypothermia.',
      ],
    );
    expect(missing(c).some((t) => t.includes('three days hiking the ridge'))).toBe(true);
    expect(c.onlyInBase.map((s) => s.text)).toEqual(['Three people were rescued on Sunday.']);
    expect(missing(c).some((t) => t.includes('hospital'))).toBe(false);
  });

  it("one storm's wind speed is not said by a sentence about closed schools", () => {
    const c = versions(
      [
        'Storm Ciara brought heavy rain to the north of England on Tuesday.',
        'Schools were shut in Devon on Wednesday.',
        'Forecasters expect calmer weather by the weekend.',
      ],
      [
        'Storm Ciara brought heavy rain to the north of England on Tuesday.',
        'Winds hit 150 km/h in Devon on Wednesday.',
        'Forecasters expect calmer weather by the weekend.',
      ],
    );
    expect(missing(c).some((t) => t.includes('150 km/h'))).toBe(true);
  });
});

describe('discrepancies inside pairs: typed changes between values that measure the same thing', () => {
  it('"at least 12 people died" against "killing two": the number of dead', () => {
    const found = changesOf(
      'At least 12 people died when the building collapsed in Lagos on Monday.',
      'The building collapsed in Lagos on Monday, killing two.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'number', measure: 'dead', base: 'At least 12', other: 'two' }),
    );
  });

  it('says what the two figures measure, in the words the popup and the exports use', () => {
    const [change] = changesOf(
      'The building collapsed in Lagos on Monday, killing two.',
      'The building collapsed in Lagos on Monday, and at least 12 people died.',
    );
    expect(change && changeInWords(change, 'Outlet A')).toBe(
      'dead: at least 12 (Outlet A) / two (this article)',
    );
  });

  it('"about 20 minutes" against "nearly an hour": a duration', () => {
    expect(
      changesOf(
        'The storm lasted about 20 minutes, the weather service said.',
        'The storm lasted for nearly an hour, the weather service said.',
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: 'duration', base: 'about 20 minutes', other: 'nearly an hour' }),
    );
  });

  it('"30 km north of the city" against "30 km east of the city": a direction', () => {
    expect(
      changesOf(
        'The quake struck 30 km north of the city of Van, the agency said.',
        'The quake struck 30 km east of the city of Van, the agency said.',
      ),
    ).toEqual([
      expect.objectContaining({ kind: 'place', measure: 'direction', base: 'north', other: 'east' }),
    ]);
  });

  it('"€2.3 million" against "nearly $3 million": an amount, with its currency', () => {
    expect(
      changesOf(
        'The club paid €2.3 million for the striker, the newspaper reported.',
        'The club paid nearly $3 million for the striker, the newspaper reported.',
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: 'amount', base: '€2.3 million', other: 'nearly $3 million' }),
    );
  });

  it('a count of people hurt is not set against a count of buildings', () => {
    const found = changesOf(
      'The blaze destroyed 40 buildings in the old town, and two people were hurt.',
      'The blaze destroyed several buildings in the old town, and 40 people were hurt.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'number', measure: 'injured', base: 'two', other: '40' }),
    );
    // The 40 buildings may be listed as a figure the other version leaves out, never against the 40 hurt.
    expect(found.filter((x) => x.base === '40' && x.other !== '')).toEqual([]);
  });

  it('a magnitude against a magnitude and a time against a time, never a minute against a magnitude', () => {
    const found = changesOf(
      'A magnitude 5.8 earthquake struck the coast at 04:12 local time.',
      'A 6.1-magnitude earthquake struck the coast at 4:15 local time.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'number', measure: 'magnitude', base: '5.8', other: '6.1' }),
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: 'time', base: '04:12', other: '4:15' }));
    expect(found).toHaveLength(2);
  });

  it('a range of sums writes its scale once: "$140- $150 million" is not $140', () => {
    expect(
      changesOf(
        'The Orioles offered between $140- $150 million over seven years, the paper said.',
        'The Orioles offered between $140 million and $150 million over seven years, the paper said.',
      ),
    ).toEqual([]);
    expect(
      changesOf(
        'The Orioles offered $140 to $150 million over seven years, the paper said.',
        'The Orioles offered $120 million to $150 million over seven years, the paper said.',
      ),
    ).toEqual([expect.objectContaining({ kind: 'amount', base: '$140', other: '$120 million' })]);
  });

  it('a clock time with a space after the colon ("2: 56", as copied text often has) is a time', () => {
    expect(
      changesOf(
        'The referee stopped the fight at 2: 56 of the sixth round.',
        'The referee stopped the fight at 2:58 of the sixth round.',
      ),
    ).toEqual([expect.objectContaining({ kind: 'time', base: '2: 56', other: '2:58' })]);
  });

  it('two durations of different things are not set against each other', () => {
    expect(
      changesOf(
        'Moore was fired on Saturday, one day after the team continued its slide with a loss in Boston.',
        'Moore was fired on Saturday by the Hawks, who are slumping at 9-14 a year after making the playoffs.',
      ).filter((x) => x.kind === 'duration'),
    ).toEqual([]);
    expect(
      changesOf(
        'Silva stopped the 40-year-old Thompson with two seconds remaining of the sixth round in Bern.',
        'Silva extended his unbeaten run to eight years by stopping the 40-year-old Thompson in Bern.',
      ).filter((x) => x.kind === 'duration'),
    ).toEqual([]);
  });

  it('a count of quakes is not a magnitude, and "a second quake" is no duration', () => {
    const found = changesOf(
      'One earthquake struck the coast on Monday, and a second quake followed within the hour.',
      'A 5.8 earthquake struck the coast on Monday, and a second quake followed within the hour.',
    );
    expect(found.filter((x) => x.base !== '' && x.other !== '')).toEqual([]);
  });

  it('ages: "a 66-year-old man" against "a 69-year-old man"', () => {
    expect(changesOf('A 66-year-old man was arrested.', 'A 69-year-old man was arrested.')).toEqual([
      expect.objectContaining({ kind: 'number', measure: 'age', base: '66', other: '69' }),
    ]);
  });
});

describe('what a figure measures, read from how news writes it', () => {
  it('an age given between commas after a name: "Garza, 49," against "Garza, 51,"', () => {
    expect(
      changesOf(
        'Police said Garza, 49, took the keys and drove off before noon.',
        'Police said Garza, 51, took the keys and drove off before noon.',
      ),
    ).toEqual([expect.objectContaining({ kind: 'number', measure: 'age', base: '49', other: '51' })]);
  });

  it('a figure never counts the word after a full stop, where an outlet merged two sentences', () => {
    const text = 'The team has lost eight of 10. Instead of a rebuild, the owner wants a new coach.';
    expect(quantitiesOf(tokenize(text), text).map((q) => q.measure)).not.toContain('instead');
  });

  it('a record written "9-14" is one figure, set against another record', () => {
    expect(
      changesOf(
        'Expected to contend, the Sixers (9-14) are instead last in the Atlantic Division.',
        'Expected to contend, the Sixers (10-13) are instead last in the Atlantic Division.',
      ),
    ).toEqual([expect.objectContaining({ kind: 'number', measure: 'record', base: '9-14', other: '10-13' })]);
  });

  it('the word written onto a figure is what it counts: a "three-game" streak is games', () => {
    expect(
      changesOf(
        'The Sixers had a three-game losing streak going into the weekend.',
        'The Sixers had a five-game losing streak going into the weekend.',
      ),
    ).toEqual([
      expect.objectContaining({ kind: 'number', measure: 'game', base: 'three-game', other: 'five-game' }),
    ]);
  });

  it('a figure only one side gives, of a thing both speak of, is one-sided, not two values that contradict', () => {
    expect(
      changesOf(
        'The storm destroyed 40 homes in the valley, officials said.',
        'The storm destroyed homes in the valley, officials said.',
      ),
    ).toEqual([{ kind: 'one-sided', measure: 'homes', base: '40', other: '' }]);
  });
});

describe('facts buried in a longer sentence', () => {
  it('the casualties folded into a lead that otherwise says only where and how strong', () => {
    const c = versions(
      [
        'A strong earthquake hit the coast of northern Peru on Sunday morning.',
        'The quake was felt in the capital, Lima, the geological institute said.',
      ],
      [
        'A 5.8 quake hit the coast of northern Peru at 04:12 local time on Sunday, killing three and injuring 40.',
        'The quake was felt in the capital, Lima, the geological institute said.',
      ],
    );
    const told = missing(c).join(' | ');
    expect(told).toContain('killing three');
    expect(told).toContain('injuring 40');
  });
});

describe('facts buried in a longer sentence: a place or person the base never names', () => {
  it('"…head coach of the Hawks, after a spell with Denver" against the same without Denver', () => {
    const c = versions(
      [
        'The Hawks fired coach Dan Moore on Saturday after a 9-14 start.',
        'Moore compiled a 162-139 record in three seasons as head coach of the Hawks.',
      ],
      [
        'The Hawks fired coach Dan Moore on Saturday after a 9-14 start.',
        'Moore compiled a 162-139 record in three seasons as head coach of the Hawks, after a spell with Denver.',
      ],
    );
    expect(missing(c)).toEqual(['a spell with Denver.']);
  });
});

describe('facts buried in a longer sentence: a title the base does not give', () => {
  it('"the assistant general manager and senior vice president" against "the assistant general manager"', () => {
    const c = versions(
      [
        'The Hawks fired coach Dan Moore on Saturday, one day after a loss in Boston.',
        'Tony Russo, the assistant general manager, will coach the team for the rest of the season.',
      ],
      [
        'Dan Moore was fired on Saturday as coach of the Hawks, one day after a loss in Boston.',
        'Tony Russo, the assistant general manager and senior vice president, will coach the team for the rest of the season.',
      ],
    );
    expect(missing(c)).toEqual(['senior vice president']);
  });
});

describe('merges that swallow', () => {
  it('a second sentence that adds a fact is not lost in a merge with its neighbour', () => {
    const c = versions(
      [
        'Interior minister Jan Novak resigned on Friday after weeks of pressure over the police contract, officials said, and the election will be held in May.',
      ],
      [
        'Interior minister Jan Novak resigned on Friday after weeks of pressure over the police contract.',
        'His deputy will run the ministry until the election in May.',
      ],
    );
    expect(missing(c).some((t) => t.includes('His deputy will run the ministry'))).toBe(true);
    expect(missing(c).some((t) => t.includes('weeks of pressure'))).toBe(false);
  });
});

describe('rewordings are not missing facts', () => {
  const nothingMissing = (base: string[], other: string[]) => {
    const c = versions(base, other);
    expect(missing(c)).toEqual([]);
    return c;
  };

  it('"the price was not made public" against "for an undisclosed amount"', () => {
    nothingMissing(
      ['Acme bought the Danish startup Brightly last week for an undisclosed amount.'],
      ['Acme bought the Danish startup Brightly last week.', 'The price was not made public.'],
    );
  });

  it('"the second quarter, which ends June 30" against "by the end of June"', () => {
    nothingMissing(
      ['The takeover of Brightly is expected to close by the end of June, Acme said.'],
      [
        'The takeover of Brightly is expected to be completed in the second quarter, which ends June 30, Acme said.',
      ],
    );
  });

  it('"P.J.Carlesimo" (a space missing) and "P.J. Carlesimo" against "PJ Carlesimo"', () => {
    nothingMissing(
      [
        "Moore is the fifth coach fired this season, joining Oklahoma City's P.J.Carlesimo and Toronto's Sam Mitchell.",
      ],
      [
        'Moore is the fifth coach fired this season, after PJ Carlesimo of Oklahoma City and Sam Mitchell of Toronto.',
      ],
    );
    nothingMissing(
      ['Moore became the fifth coach fired this season following P.J. Carlesimo of Oklahoma City.'],
      ['Moore is the fifth coach fired this season, after PJ Carlesimo of Oklahoma City.'],
    );
  });

  it('"within 50m" against "within 50 metres"', () => {
    const c = nothingMissing(
      ['Police evacuated homes within 50m of the warehouse on Tuesday.'],
      ['Police evacuated homes within 50 metres of the warehouse on Tuesday.'],
    );
    expect(changes(c)).toEqual([]);
  });

  it('"five crew members" against "the captain and four sailors"', () => {
    const c = nothingMissing(
      ['Five crew members were rescued by a fishing boat off the coast of Brittany.'],
      ['The captain and four sailors were rescued by a fishing boat off the coast of Brittany.'],
    );
    expect(changes(c)).toEqual([]);
  });
});

describe('storydiff compare on two one-line texts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-patterns-'));

  it('"a 66-year-old man was arrested" against "a 69-year-old man was arrested": the age differs', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'a 66-year-old man was arrested\n');
    writeFileSync(b, 'a 69-year-old man was arrested\n');
    let out = '';
    const code = await run(['compare', a, b, '--json'], {
      out: (t) => void (out += t),
      err: () => undefined,
    });
    expect(code).toBe(0);
    const c = JSON.parse(out) as Comparison;
    expect(c.sameStory).toBe(true);
    expect(c.similarity).toBeLessThan(1);
    expect(changes(c)).toEqual([expect.objectContaining({ kind: 'number', base: '66', other: '69' })]);
  });
});

describe('a detail one sentence leaves out, given elsewhere in its article', () => {
  it('is no difference: both articles give the age, in different sentences', () => {
    const c = versions(
      [
        'Smith, 28, was traded to the Angels by the Braves in a July deal last season.',
        'Smith has hit at least 30 homers and driven in 105 runs in each of the past five seasons.',
      ],
      [
        'Smith was traded to the Angels by the Braves in a July deal last season.',
        'Smith, 28, has hit at least 30 homers and driven in 105 runs in each of the past five seasons.',
      ],
    );
    expect(c.aligned).toHaveLength(2);
    expect(changes(c).filter((x) => x.base === '28' || x.other === '28')).toEqual([]);
  });

  it('is still one-sided when the other article never gives it', () => {
    const c = versions(
      ['Smith, 28, was traded to the Angels by the Braves in a July deal last season.'],
      ['Smith was traded to the Angels by the Braves in a July deal last season.'],
    );
    expect(changes(c).some((x) => x.base === '28' && x.other === '')).toBe(true);
  });
});
