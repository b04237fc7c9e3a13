// A small lexicon of the rewordings news outlets make all the time ("declined" / "refused", "troops" /
// "forces", "talks" / "negotiations"), so that a paraphrase is not taken for a missing fact. General news
// vocabulary only: nothing here names a particular story.
import { nameKey } from './normalize';
import { normalizeWord, stem } from './tokens';

const CLASSES: readonly string[] = [
  'say state tell remark mention note announce declare explain assert reveal',
  'talks negotiation negotiate discussion dialogue',
  'reject decline refuse dismiss rebuff',
  'attack strike bomb raid assault shell',
  'war conflict fighting warfare hostilities combat',
  'agreement deal accord settlement pact understanding',
  'territory territorial land area',
  'troops forces soldiers army military',
  'halt stop cease end conclude conclusion finish',
  'kill dead death die fatal casualty',
  'injure wound hurt',
  'arrest detain apprehend',
  'guarantee assure assurance ensure',
  'spokesman spokesperson spokeswoman representative rep publicist',
  'meeting meet summit',
  'country nation',
  'large big major significant huge',
  'adviser advisor aide assistant',
  'invitation invite',
  'withdraw withdrawal retreat',
  'doubt skeptical sceptical',
  'capture seize gain conquer',
  'continue persist',
  'prepare plan planning',
  'result outcome',
  'problem issue matter obstacle',
  'suggest propose advise recommend',
  'visit travel',
  'reply response answer respond',
  'begin start launch',
  'help aid assist',
  'rise increase climb jump grow',
  'buy acquire purchase',
  'try attempt',
  'rumour rumor speculation',
  'earthquake quake tremor',
  'rehab rehabilitation',
  'car vehicle',
  'child kid',
  'facility plant station',
  'disagreement dispute difference disparity',
  'fierce intense',
  'momentum impetus',
  'price amount sum fee',
  'complete close finalize finalise',
  'crew sailor seaman seamen',
  'hiker climber mountaineer',
];

function keyOf(word: string): string {
  return nameKey(stem(normalizeWord(word)));
}

const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of CLASSES) {
    const words = line.split(' ');
    const head = `~${keyOf(words[0] ?? '')}`;
    for (const word of words) if (!map.has(keyOf(word))) map.set(keyOf(word), head);
  }
  return map;
})();

/** The class key of a term key: its synonyms share it; a word outside the lexicon keeps its own key. */
export function synonymKey(key: string): string {
  return SYNONYMS.get(key) ?? key;
}
