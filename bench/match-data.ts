// The labelled data the match bench and tests read in place: ECB+ dev articles and the five seed stories.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryEntry } from '../src/core/model';
import { SHARED } from '../test/paths';

/** A library entry with the story it belongs to. */
export type LabelledEntry = LibraryEntry & { story: string };

/** The 413 ECB+ dev articles; stories "1a", "1b", … (a and b: different events of one kind). */
export function loadEcb(): LabelledEntry[] {
  const path = join(SHARED, 'corpora/ecbplus-dev/articles.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; story: string; text: string })
    .map(({ id, story, text }) => ({ id, story, text }));
}

/** The five seed versions of the Kremlin–Zelensky story, as story "seed". */
export function loadSeeds(): LabelledEntry[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: `seed:${name}`, story: 'seed', text: readFileSync(join(dir, name), 'utf8') }));
}

/** The kind of event a story belongs to ("1a" → "1"): a and b stories are similar but different events. */
export function topicOf(story: string): string {
  return story.replace(/[a-z]+$/, '');
}
