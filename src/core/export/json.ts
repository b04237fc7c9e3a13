// Comparisons and StoryReports as JSON: the same objects the UI renders, nothing recomputed.
import type { Comparison, StoryReport } from '../model';

/** Serialises a Comparison; `indent` for people, none for JSON lines. */
export function toJson(c: Comparison, indent?: number): string {
  return JSON.stringify(c, null, indent);
}

/** Serialises a StoryReport: the summary, versions, details and facts exactly as the popup showed them. */
export function storyToJson(report: StoryReport): string {
  return JSON.stringify({ format: 'storydiff-story-report', version: 1, ...report }, null, 2);
}
