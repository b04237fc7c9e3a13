// Formatting for readers. The words themselves live with the exports (core/export) so that a report says
// exactly what the screen said; this module only passes them on to the pages.
export {
  CHANGE_LABELS,
  detailLabel,
  formatTime,
  likelihood,
  percent,
  plural,
  safeHref,
  versionLine,
  versionName,
} from '../core/export';
