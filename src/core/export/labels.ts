// How a report names a changed detail: its kind, and for a quote the person the sentence says is speaking.
import type { Change } from '../model';

/**
 * "number", "date"…; a quote with its speaker when known: "quote (Kadyrov)". `kindName` is the kind as
 * the caller words it (the UI capitalises: "Quote (Kadyrov)").
 */
export function changeLabel(change: Change, kindName: string = change.kind): string {
  return change.kind === 'quote' && change.speaker ? `${kindName} (${change.speaker})` : kindName;
}
