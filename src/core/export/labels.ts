// How a report names a changed detail: what it measures ("dead", "age", "magnitude"), else its kind, and for a
// quote the person the sentence says is speaking. The popup, the side panel and the exports all word it here.
import type { Change } from '../model';

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * "dead", "age", "duration", "number"…; a quote with its speaker when known: "quote (Kadyrov)". `kindName` is the
 * kind as the caller words it; when it is capitalised ("Quote"), so is the measure ("Dead").
 */
export function changeLabel(change: Change, kindName: string = change.kind): string {
  if (change.kind === 'quote' && change.speaker) return `${kindName} (${change.speaker})`;
  if (change.measure && change.measure !== change.kind)
    return /^\p{Lu}/u.test(kindName) ? capitalise(change.measure) : change.measure;
  return kindName;
}

/**
 * The change in one line, the other version first: "dead: at least 12 (Outlet A) / two (this article)".
 * `otherName` names the other version; `baseName` the one being read.
 */
export function changeInWords(change: Change, otherName: string, baseName = 'this article'): string {
  const value = (text: string) => text || 'not given';
  return `${changeLabel(change)}: ${value(change.other)} (${otherName}) / ${value(change.base)} (${baseName})`;
}
