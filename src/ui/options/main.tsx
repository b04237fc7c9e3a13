// Options page entry: the reader's library and capture preferences.
import { render } from 'preact';
import '../components/theme.css';

function Options() {
  return (
    <main style={{ padding: '16px', maxWidth: '60rem' }}>
      <h1>StoryDiff library</h1>
      <p class="muted">The articles you captured are kept in this browser only.</p>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
