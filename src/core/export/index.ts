// Exports: the StoryReport (what the reader saw, all versions) as Markdown, self-contained HTML and JSON;
// a single Comparison likewise for the command line; and the words both the UI and the reports use.
export { toMarkdown, escapeMarkdown } from './markdown';
export { toHtml, escapeHtml, CONTENT_SECURITY_POLICY } from './html';
export { toJson, storyToJson } from './json';
export { storyToMarkdown } from './story-markdown';
export { storyToHtml } from './story-html';
export { changeInWords, changeLabel } from './labels';
export { safeHref } from './links';
export * from './words';
