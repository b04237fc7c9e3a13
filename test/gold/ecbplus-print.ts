// Prints the size of an ECB+ fact gold and the figures of compare() and the two baselines on it:
//   npx tsx test/gold/ecbplus-print.ts [tune|heldout] [--details]
import { articleFromText, compare } from '../../src/core/compare';
import type { Comparison } from '../../src/core/model';
import { sentencesOf } from '../../src/core/text';
import {
  articleText,
  factsIn,
  loadEcbGold,
  orderedPairs,
  scoreComparison,
  sentenceDiff,
  totals,
  wordOverlap,
  type EcbGold,
  type Split,
} from './ecbplus-gold';

const split: Split = process.argv.includes('heldout') ? 'heldout' : 'tune';
const details = process.argv.includes('--details');
const gold: EcbGold = loadEcbGold(split);
const pairs = orderedPairs(gold);

function size(): Record<string, number> {
  const articles = gold.stories.flatMap((s) => s.articles);
  const lines = articles.flatMap((id) => articleText(id).split('\n')).filter((l) => l.trim() !== '');
  const withFacts = articles.flatMap((id) =>
    articleText(id)
      .split('\n')
      .filter((l) => gold.facts.some((f) => (f.in[id] ?? []).some((snippet) => l.includes(snippet)))),
  ).length;
  const engine = pairs.map(([b, o]) => scoreComparison(gold, b, o, sentenceDiff(articleText(b), articleText(o))));
  return {
    stories: gold.stories.length,
    articles: articles.length,
    'labelled lines': lines.length,
    'lines with facts': withFacts,
    'lines set aside': lines.length - withFacts,
    facts: gold.facts.length,
    discrepancies: gold.discrepancies.length,
    'ordered pairs': pairs.length,
    '(ordered pair, missing fact) items': engine.reduce((n, s) => n + s.missing.length, 0),
    '(ordered pair, discrepancy) items': engine.reduce((n, s) => n + s.discrepancies.length, 0),
  };
}

/** Sentences compare() makes that carry no label: they would count as noise when reported. */
function unlabelledSentences(): string[] {
  return gold.stories.flatMap((s) =>
    s.articles.flatMap((id) =>
      sentencesOf(articleFromText(articleText(id)))
        .filter((x) => x.setAside === null && factsIn(gold, id, x.text).length === 0)
        .filter((x) => !(gold.setAside[id] ?? []).some((a) => x.text.includes(a.snippet)))
        .map((x) => `${id}: ${x.text}`),
    ),
  );
}

const methods: [string, (b: string, o: string) => Comparison][] = [
  ['StoryDiff compare()', (b, o) => compare(articleFromText(articleText(b)), articleFromText(articleText(o)))],
  ['plain sentence diff', (b, o) => sentenceDiff(articleText(b), articleText(o))],
  ['word overlap (Jaccard < 0.5)', (b, o) => wordOverlap(articleText(b), articleText(o))],
];

const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(`ECB+ fact gold, ${split} half`);
console.table(size());
const unlabelled = unlabelledSentences();
if (unlabelled.length > 0) console.log('compare() sentences carrying no label:', unlabelled);
const rows: Record<string, Record<string, number>> = {};
for (const [name, run] of methods) {
  const scores = pairs.map(([b, o]) => scoreComparison(gold, b, o, run(b, o)));
  const t = totals(scores);
  rows[name] = {
    precision: round(t.precision),
    recall: round(t.recall),
    F1: round(t.f1),
    reported: t.reported,
    missing: t.missing,
    discrepancies: t.discrepancies,
    surfaced: t.surfaced,
    'surfaced share': round(t.surfacedRate),
  };
  for (const story of gold.stories) {
    const st = totals(scores.filter((s) => s.story === story.story));
    rows[`  ${name.split(' ')[0]}, story ${story.story}`] = {
      precision: round(st.precision),
      recall: round(st.recall),
      F1: round(st.f1),
      reported: st.reported,
      missing: st.missing,
      discrepancies: st.discrepancies,
      surfaced: st.surfaced,
      'surfaced share': round(st.surfacedRate),
    };
  }
  if (details && name.startsWith('StoryDiff'))
    for (const s of scores)
      console.log(
        JSON.stringify({
          pair: `${s.base} -> ${s.other}`,
          lost: s.lost,
          falsePositives: s.falsePositives,
          missed: s.discrepancies.filter((d) => !d.surfaced).map((d) => d.id),
        }),
      );
}
console.table(rows);
