// The popup: captures the page when it opens and shows the verdict at a glance — the versions found,
// the facts this article is missing, what only it says, and the details that differ.
import { useState } from 'preact/hooks';
import type { CaptureOutcome } from '../../shared/messages';
import { activeTab, openSidePanel, request } from '../../shared/browser-api';
import { useLoad } from '../components/useRequest';
import { Following } from './Following';
import { Verdict } from './Verdict';

/** What a capture gives the popup: the outcome and the tab it is about. */
export interface Captured {
  outcome: CaptureOutcome;
  tabId: number;
  windowId: number;
}

/** Asks the worker to capture the tab the reader is looking at. */
export async function captureActiveTab(): Promise<Captured> {
  const tab = await activeTab();
  if (tab?.id === undefined) throw new Error('There is no page to read in this window.');
  const outcome = await request('captureTab', { tabId: tab.id });
  performance.mark('storydiff:capture-answered');
  return {
    outcome,
    tabId: tab.id,
    windowId: tab.windowId ?? 0,
  };
}

/** `first` is the capture started as the popup's script loaded, before anything was drawn. */
export function Popup({ first }: { first: Promise<Captured> }) {
  const [attempt, setAttempt] = useState(0);
  const state = useLoad(() => (attempt === 0 ? first : captureActiveTab()), [attempt]);
  const captured = state.phase === 'done' && state.value.outcome.status === 'captured';

  return (
    <main>
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <strong>StoryDiff</strong>
        {captured && (
          <button
            type="button"
            class="side-panel-button"
            onClick={() =>
              void openSidePanel(state.value.tabId, state.value.windowId).then(() => window.close())
            }
          >
            Open side panel
          </button>
        )}
      </header>
      {state.phase === 'loading' && (
        <p class="muted" role="status">
          Reading this article and looking for other versions…
        </p>
      )}
      {state.phase === 'failed' && (
        <div role="alert">
          <p>{state.message}</p>
          <button type="button" onClick={() => setAttempt(attempt + 1)}>
            Try again
          </button>
        </div>
      )}
      {state.phase === 'done' && state.value.outcome.status !== 'captured' && (
        <p role="alert" class="notice" data-testid="not-article">
          {state.value.outcome.message}
        </p>
      )}
      {state.phase === 'done' && state.value.outcome.status === 'captured' && (
        <>
          <Verdict outcome={state.value.outcome} />
          <Following outcome={state.value.outcome} />
        </>
      )}
    </main>
  );
}
