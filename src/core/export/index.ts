// Exports of a Comparison: Markdown, self-contained HTML, JSON.
export { toMarkdown, escapeMarkdown } from './markdown';
export { toHtml, escapeHtml, CONTENT_SECURITY_POLICY } from './html';
export { toJson } from './json';
export { changeInWords, changeLabel } from './labels';
