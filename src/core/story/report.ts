// The StoryReport: one article against its versions as the reader is shown it — a summary, the details
// that differ, the facts it lacks ranked by what they carry with duplicates and fragments folded away, and
// the facts only it has. Popup, side panel and exports render this; none of them recomputes it.
import type {
  AlignedPair,
  Change,
  ChangeKind,
  Comparison,
  Discrepancy,
  StoryFact,
  StoryReport,
  StoryVersion,
} from '../model';
import { baseFacts, type StoryAcrossVersions } from '../versions';
import { carriesOf, isFragment, weightOf } from './carries';
import { contentWordsOf, sameFact, type ContentWords } from './fold';

/** A fact being gathered: its wordings, each with the versions that word it so. */
interface Gathered {
  wordings: { text: string; versionIds: string[]; words: ContentWords }[];
  order: number;
}

function addTo(list: { text: string; versionIds: string[] }[], text: string, id: string) {
  const same = list.find((w) => w.text === text);
  if (!same) return false;
  if (!same.versionIds.includes(id)) same.versionIds.push(id);
  return true;
}

/** Merges sentences reported by versions into facts, one fact per thing reported, wordings kept. */
function gather(sentences: { text: string; versionId: string }[]): Gathered[] {
  const facts: Gathered[] = [];
  for (const { text, versionId } of sentences) {
    const words = contentWordsOf(text);
    const same = facts.find((f) => f.wordings.some((w) => w.text === text || sameFact(w.words, words)));
    if (!same) facts.push({ wordings: [{ text, versionIds: [versionId], words }], order: facts.length });
    else if (!addTo(same.wordings, text, versionId))
      same.wordings.push({ text, versionIds: [versionId], words });
  }
  return facts;
}

/** One fact from its wordings: the weightiest wording leads, the others are folded under it. */
function toFact({ wordings }: Gathered): StoryFact {
  const weighed = wordings.map((w) => ({ ...w, carries: carriesOf(w.text) }));
  const lead = weighed.reduce((best, w) => (weightOf(w.carries, 1) > weightOf(best.carries, 1) ? w : best));
  const versionIds = [...new Set(weighed.flatMap((w) => w.versionIds))];
  return {
    text: lead.text,
    versionIds,
    carries: lead.carries,
    weight: weightOf(lead.carries, versionIds.length),
    folded: weighed.filter((w) => w !== lead).map((w) => ({ text: w.text, versionIds: w.versionIds })),
  };
}

function ranked(gathered: Gathered[]): StoryFact[] {
  return gathered
    .map((g) => ({ fact: toFact(g), order: g.order }))
    .sort((a, b) => b.fact.weight - a.fact.weight || a.order - b.order)
    .map((f) => f.fact);
}

/**
 * Figures first (counts, sums, durations), then when (dates, times), where and who, then quotes: the order
 * a fact-checker would chase them. A kind not named here comes last.
 */
const KIND_RANK: Readonly<Record<string, number>> = {
  number: 0,
  amount: 0,
  duration: 0,
  date: 1,
  time: 1,
  place: 2,
  name: 2,
  quote: 3,
};
const rankOf = (kind: ChangeKind) => KIND_RANK[kind] ?? 4;

const valueKey = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

function discrepancies(versions: StoryVersion[], comparisons: Map<string, Comparison>): Discrepancy[] {
  const byDetail = new Map<string, { d: Discrepancy; at: number }>();
  for (const version of versions) {
    for (const pair of comparisons.get(version.id)?.aligned ?? []) {
      for (const change of pair.changes) {
        if (change.kind === 'wording') continue;
        noteChange(byDetail, version.id, pair, change);
      }
    }
  }
  // Two values that contradict come before a figure one side gives and the other only words ("roughly 20%"
  // / "parts of"): the first is a discrepancy to chase, the second a difference of precision.
  const oneSided = (d: Discrepancy) =>
    d.here.value === '' || d.elsewhere.every((e) => e.value === '') ? 1 : 0;
  return [...byDetail.values()]
    .sort(
      (a, b) =>
        oneSided(a.d) - oneSided(b.d) ||
        rankOf(a.d.change.kind) - rankOf(b.d.change.kind) ||
        versionsOf(b.d) - versionsOf(a.d) ||
        a.at - b.at,
    )
    .map((entry) => entry.d);
}

const versionsOf = (d: Discrepancy) => d.elsewhere.reduce((n, e) => n + e.versionIds.length, 0);

function noteChange(
  byDetail: Map<string, { d: Discrepancy; at: number }>,
  versionId: string,
  pair: AlignedPair,
  change: Change,
) {
  const at = Math.min(...pair.base.indices);
  const key = `${change.kind}|${at}|${valueKey(change.base)}`;
  const entry = byDetail.get(key) ?? {
    d: { change, here: { value: change.base, sentence: pair.base.text }, elsewhere: [] },
    at,
  };
  byDetail.set(key, entry);
  const same = entry.d.elsewhere.find((e) => valueKey(e.value) === valueKey(change.other));
  if (same) same.versionIds.push(versionId);
  else entry.d.elsewhere.push({ value: change.other, sentence: pair.other.text, versionIds: [versionId] });
}

/** What the report needs to know about the article read. */
export type ReportBase = StoryReport['base'];

/**
 * The report of `base` across `versions` (best first; the first `story.comparisons.size` compared) with
 * `related` listed apart. `story` is compareWithVersions' result for the compared versions.
 */
export function storyReport(
  base: ReportBase,
  versions: StoryVersion[],
  story: StoryAcrossVersions,
  related: StoryVersion[] = [],
): StoryReport {
  const compared = versions.filter((v) => story.comparisons.has(v.id));
  const reported = compared.flatMap((v) =>
    (story.comparisons.get(v.id)?.onlyInOther ?? []).map((s) => ({ text: s.text, versionId: v.id })),
  );
  const fragments = gather(reported.filter((s) => isFragment(s.text))).flatMap((g) =>
    g.wordings.map(({ text, versionIds }) => ({ text, versionIds })),
  );
  const missing = ranked(gather(reported.filter((s) => !isFragment(s.text))));
  const onlyHere = ranked(
    story.facts
      .filter((f) => f.versionIds.length === 1 && !isFragment(f.text))
      .map((f, order) => ({ wordings: [{ text: f.text, versionIds: [], words: new Map() }], order })),
  );
  const details = discrepancies(compared, story.comparisons);
  return {
    base,
    versions,
    compared: compared.length,
    related,
    summary: {
      versions: versions.length,
      discrepancies: details.length,
      missing: missing.length,
      onlyHere: onlyHere.length,
    },
    discrepancies: details,
    missing,
    onlyHere,
    fragments,
  };
}

/** The report of `base` against one article the reader chose to compare it with (a possibly related one). */
export function reportOfComparison(
  base: ReportBase,
  other: StoryVersion,
  comparison: Comparison,
): StoryReport {
  const comparisons = new Map([[other.id, comparison]]);
  return storyReport(base, [other], { comparisons, facts: baseFacts(base.id, comparisons) });
}
