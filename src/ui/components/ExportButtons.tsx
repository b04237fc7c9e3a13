// Export of what the reader sees: copy as Markdown; download Markdown, self-contained HTML or JSON. All
// render the same StoryReport as the popup, in its words.
import { useState } from 'preact/hooks';
import type { StoryReport } from '../../core/model';
import { storyToHtml, storyToJson, storyToMarkdown } from '../../core/export';
import { download, slug } from '../download';

export function ExportButtons({ report }: { report: StoryReport }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const name = `storydiff-${slug(report.base.title)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(storyToMarkdown(report));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div class="export" role="group" aria-label="Export what is shown">
      <span class="small muted">Export:</span>
      <button type="button" onClick={() => void copy()} data-testid="copy-markdown">
        Copy as Markdown
      </button>
      <button type="button" onClick={() => download(`${name}.md`, storyToMarkdown(report), 'text/markdown')}>
        Markdown
      </button>
      <button type="button" onClick={() => download(`${name}.html`, storyToHtml(report), 'text/html')}>
        HTML
      </button>
      <button type="button" onClick={() => download(`${name}.json`, storyToJson(report), 'application/json')}>
        JSON
      </button>
      <span class="small muted" role="status">
        {copied === 'copied'
          ? 'Copied.'
          : copied === 'failed'
            ? 'Could not copy: use a download instead.'
            : ''}
      </span>
    </div>
  );
}
