// Export of a comparison: copy as Markdown; download Markdown, self-contained HTML or JSON.
import { useState } from 'preact/hooks';
import type { Comparison } from '../../core/model';
import { toHtml, toJson, toMarkdown } from '../../core/export';
import { download, slug } from '../download';

export function ExportButtons({ comparison }: { comparison: Comparison }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const name = `storydiff-${slug(comparison.base.title)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(toMarkdown(comparison));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div class="export" role="group" aria-label="Export this comparison">
      <button type="button" onClick={() => void copy()} data-testid="copy-markdown">
        Copy as Markdown
      </button>
      <button type="button" onClick={() => download(`${name}.md`, toMarkdown(comparison), 'text/markdown')}>
        Markdown
      </button>
      <button type="button" onClick={() => download(`${name}.html`, toHtml(comparison), 'text/html')}>
        HTML
      </button>
      <button type="button" onClick={() => download(`${name}.json`, toJson(comparison), 'application/json')}>
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
