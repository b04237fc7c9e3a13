// Consistency of an ECB+ fact gold file: every snippet names exactly one place of its article, every line of
// every chosen article is labelled, discrepancies group existing facts of one story. Both halves use it.
import { articleText, corpusStoryOf, type EcbGold } from './ecbplus-gold';

const REASONS = new Set(['heading', 'boilerplate', 'neutral']);
const KINDS = new Set(['number', 'date', 'time', 'duration', 'place', 'direction', 'name', 'quote', 'amount']);

function occurrences(text: string, snippet: string): number {
  if (snippet.length === 0) return 0;
  let n = 0;
  for (let at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) n++;
  return n;
}

/** Everything wrong with a gold file, one line each; empty when it is consistent. */
export function goldProblems(gold: EcbGold, textOf: (id: string) => string = articleText): string[] {
  const problems: string[] = [];
  const storyOf = new Map<string, string>();
  for (const { story, articles } of gold.stories) {
    if (articles.length < 4 || articles.length > 5) problems.push(`story ${story} has ${articles.length} articles`);
    for (const id of articles) {
      if (storyOf.has(id)) problems.push(`${id} is chosen twice`);
      storyOf.set(id, story);
      const corpusStory = corpusStoryOf(id);
      if (corpusStory !== story) problems.push(`${id} belongs to story ${corpusStory}, not ${story}`);
    }
  }
  // Snippets per article, to check every line is labelled.
  const snippets = new Map<string, string[]>();
  const named = (article: string, snippet: string, what: string) => {
    if (!storyOf.has(article)) return problems.push(`${what} names ${article}, not a chosen article`);
    const n = occurrences(textOf(article), snippet);
    if (n !== 1) problems.push(`${what}: "${snippet}" occurs ${n} times in ${article}`);
    snippets.set(article, [...(snippets.get(article) ?? []), snippet]);
  };
  const ids = new Set<string>();
  for (const fact of gold.facts) {
    if (ids.has(fact.id)) problems.push(`fact id ${fact.id} repeats`);
    ids.add(fact.id);
    if (!gold.stories.some((s) => s.story === fact.story)) problems.push(`fact ${fact.id} names story ${fact.story}`);
    if (Object.keys(fact.in).length === 0) problems.push(`fact ${fact.id} is in no article`);
    for (const [article, list] of Object.entries(fact.in)) {
      if (storyOf.has(article) && storyOf.get(article) !== fact.story)
        problems.push(`fact ${fact.id} of story ${fact.story} names ${article} of another story`);
      if (list.length === 0) problems.push(`fact ${fact.id} has no snippet in ${article}`);
      list.forEach((snippet) => named(article, snippet, `fact ${fact.id}`));
    }
    for (const article of fact.partial ?? [])
      if (!fact.in[article]) problems.push(`fact ${fact.id} is partial in ${article} but not in it`);
  }
  const storyOfFact = new Map(gold.facts.map((f) => [f.id, f.story]));
  const discrepancyIds = new Set<string>();
  for (const d of gold.discrepancies) {
    if (discrepancyIds.has(d.id)) problems.push(`discrepancy id ${d.id} repeats`);
    discrepancyIds.add(d.id);
    if (!KINDS.has(d.kind)) problems.push(`discrepancy ${d.id} has kind ${d.kind}`);
    if (new Set(d.facts).size < 2) problems.push(`discrepancy ${d.id} names fewer than two facts`);
    for (const id of d.facts)
      if (storyOfFact.get(id) !== d.story) problems.push(`discrepancy ${d.id} names ${id}, not a fact of ${d.story}`);
  }
  for (const [article, list] of Object.entries(gold.setAside)) {
    for (const { snippet, reason } of list) {
      if (!REASONS.has(reason)) problems.push(`set-aside reason ${reason} in ${article}`);
      named(article, snippet, `set-aside line`);
    }
  }
  for (const article of storyOf.keys()) {
    const labels = snippets.get(article) ?? [];
    textOf(article)
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() !== '' && !labels.some((s) => line.includes(s)))
          problems.push(`${article} line ${i} is not labelled: ${line.slice(0, 60)}`);
      });
  }
  return problems;
}
