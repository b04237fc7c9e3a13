// Side panel entry: the full comparison, side by side.
import { render } from 'preact';
import '../components/theme.css';

function SidePanel() {
  return (
    <main style={{ padding: '16px' }}>
      <h1>StoryDiff</h1>
      <p class="muted">Click the StoryDiff icon on a news article to compare it with the other versions.</p>
    </main>
  );
}

render(<SidePanel />, document.getElementById('app') as HTMLElement);
