// The popup: captures the page on open and shows the verdict at a glance.
import { useEffect, useState } from 'preact/hooks';
import type { CaptureOutcome } from '../../shared/messages';
import { activeTab, request } from '../../shared/browser-api';

type State =
  { phase: 'loading' } | { phase: 'done'; outcome: CaptureOutcome } | { phase: 'failed'; message: string };

export function Popup() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    void (async () => {
      try {
        const tab = await activeTab();
        if (tab?.id === undefined) throw new Error('There is no page to read in this window.');
        setState({ phase: 'done', outcome: await request('captureTab', { tabId: tab.id }) });
      } catch (error) {
        setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, []);

  return (
    <main>
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <strong>StoryDiff</strong>
      </header>
      {state.phase === 'loading' && <p class="muted">Reading this article…</p>}
      {state.phase === 'failed' && <p role="alert">{state.message}</p>}
      {state.phase === 'done' && state.outcome.status !== 'captured' && (
        <p role="alert">{state.outcome.message}</p>
      )}
      {state.phase === 'done' && state.outcome.status === 'captured' && (
        <section aria-label="This article">
          <p class="article-title" data-testid="article-title">
            {state.outcome.article.title}
          </p>
          <p class="muted small">{state.outcome.article.outlet}</p>
        </section>
      )}
    </main>
  );
}
