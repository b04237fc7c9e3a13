// How a report names a changed detail: its kind, and for a quote the person the sentence says is speaking.
import type { Change } from '../model';

/** "number", "date"…; a quote with its speaker when known: "quote (Kadyrov)". */
export function changeLabel(change: Change): string {
  return change.kind === 'quote' && change.speaker ? `${change.kind} (${change.speaker})` : change.kind;
}
