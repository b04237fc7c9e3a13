// Which rewordings change what a sentence claims, as opposed to how it says it: a negation gained or lost, a
// certainty turned into a possibility, a superlative or comparative swapped ("longest" / "largest"). Everyday
// synonyms ("visit" / "come to", "destiny" / "fate") do not, and readers do not want them listed.
import { tokenize } from '../text';

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nor', 'without', "n't", 'cannot', 'neither']);
const CERTAIN = new Set(['will', 'must', 'shall']);
const POSSIBLE = new Set(['may', 'might', 'could', 'can']);
const DEGREE_WORDS = new Set([
  'best',
  'worst',
  'most',
  'least',
  'more',
  'less',
  'fewer',
  'greater',
  'larger',
]);
/** Words ending in -est that are not superlatives. */
const NOT_SUPERLATIVE = new Set(
  'interest request protest forest arrest suggest contest honest modest harvest digest manifest invest conquest inquest earnest latest west guest rest test nest chest quest'.split(
    ' ',
  ),
);

function words(text: string): string[] {
  return tokenize(text).map((t) => (t.norm.endsWith("n't") ? "n't" : t.norm));
}

function sameWords(a: string[], b: string[]): boolean {
  return a.join(' ') === b.join(' ');
}

function negated(ws: string[]): boolean {
  return ws.some((w) => NEGATIONS.has(w));
}

function modality(ws: string[]): 'certain' | 'possible' | null {
  if (ws.some((w) => POSSIBLE.has(w))) return 'possible';
  if (ws.some((w) => CERTAIN.has(w))) return 'certain';
  return null;
}

function degree(ws: string[]): string | null {
  return (
    ws.find((w) => DEGREE_WORDS.has(w) || (/^\p{L}{3,}est$/u.test(w) && !NOT_SUPERLATIVE.has(w))) ?? null
  );
}

/** True when replacing `del` by `ins` (either may be "") plausibly changes the claim, not just the wording. */
export function changesMeaning(del: string, ins: string): boolean {
  const a = words(del);
  const b = words(ins);
  // A negation counts only when it is the whole difference: "is not under" / "remains outside" is a paraphrase.
  if (negated(a) !== negated(b))
    return sameWords(
      a.filter((w) => !NEGATIONS.has(w)),
      b.filter((w) => !NEGATIONS.has(w)),
    );
  const ma = modality(a);
  const mb = modality(b);
  if (ma !== null && mb !== null && ma !== mb) return true;
  const da = degree(a);
  const db = degree(b);
  return da !== null && db !== null && da !== db;
}
