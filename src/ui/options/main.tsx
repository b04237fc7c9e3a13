// Options page entry: the reader's library and capture preferences.
import { render } from 'preact';
import '../components/theme.css';
import './options.css';
import { Changed } from './Changed';
import { Feeds } from './Feeds';
import { Library } from './Library';
import { CapturePreferences } from './Preferences';

function Options() {
  return (
    <main class="options">
      <header class="brand">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1>StoryDiff</h1>
      </header>
      <p class="muted">
        Your library holds the articles you captured. It is kept in this browser only: nothing is sent
        anywhere.
      </p>
      <Changed />
      <Library />
      <Feeds />
      <CapturePreferences />
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
