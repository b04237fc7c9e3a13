// Alignment on the seeds: what each version lacks is found, and paraphrase is not mistaken for a missing fact.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/core/align';
import { articleFromText, sentencesOf } from '../../src/core/text';
import { seedText } from '../gold/score';

const sentences = (id: string) => sentencesOf(articleFromText(seedText(id)));

function only(baseId: string, otherId: string): { inBase: string[]; inOther: string[] } {
  const base = sentences(baseId);
  const other = sentences(otherId);
  const a = alignSentences(base, other);
  return {
    inBase: a.onlyInBase.map((u) => base[u.index]?.text ?? ''),
    inOther: a.onlyInOther.map((u) => other[u.index]?.text ?? ''),
  };
}

describe('alignSentences on the seeds', () => {
  it('reading 000 against 003, reports only the Kyiv pause as missing from 000', () => {
    const { inOther } = only('000', '003');
    expect(inOther.some((s) => s.includes('Putin has agreed to halt attacks on Kyiv'))).toBe(true);
    expect(inOther.every((s) => /Putin|Kyiv/.test(s) && /week/.test(s))).toBe(true);
  });

  it('reading 003 against 000, reports Ushakov, Lavrov, Kadyrov, the fighting and the outages as missing', () => {
    const { inOther } = only('003', '000');
    for (const fact of [
      'Yuri Ushakov',
      'safety',
      'land issue',
      'Lavrov',
      'Kadyrov',
      'Fierce warfare',
      'power outages',
    ])
      expect(
        inOther.some((s) => s.includes(fact)),
        fact,
      ).toBe(true);
  });

  it('pairs paraphrases: "declining to comment on reports" with "chose not to respond to rumors"', () => {
    const base = sentences('000');
    const other = sentences('004');
    const a = alignSentences(base, other);
    const group = a.groups.find((g) => g.other.some((i) => other[i]?.text.includes('chose not to respond')));
    expect(group?.base.map((i) => base[i]?.text).join(' ')).toContain('declining to comment');
  });

  it('pairs one sentence with the two that another outlet split it into', () => {
    const base = sentences('000');
    const other = sentences('001');
    const a = alignSentences(base, other);
    const group = a.groups.find((g) => g.base.some((i) => base[i]?.text.includes('injected new momentum')));
    expect(group?.other.length).toBe(2);
  });

  it('finds counterparts regardless of paragraph order', () => {
    const text = seedText('001').split('\n');
    const reordered = [...text.slice(8), ...text.slice(0, 8)].join('\n');
    const a = alignSentences(
      sentencesOf(articleFromText(seedText('001'))),
      sentencesOf(articleFromText(reordered)),
    );
    expect(a.onlyInBase).toEqual([]);
    expect(a.onlyInOther).toEqual([]);
  });
});
