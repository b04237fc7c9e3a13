// Capture preferences: on click only, or also automatically on sites the reader lists. The host permission
// for those sites is requested at the moment the reader saves them, and for those sites only.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser-api';
import {
  DEFAULT_PREFERENCES,
  loadPreferences,
  originsFor,
  parseSites,
  savePreferences,
  type Preferences,
} from '../../shared/preferences';

export function CapturePreferences() {
  const [prefs, setPrefs] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [sitesText, setSitesText] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadPreferences().then((loaded) => {
      setPrefs(loaded);
      setSitesText(loaded.sites.join('\n'));
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    const sites = parseSites(sitesText);
    let capture = prefs.capture;
    if (capture === 'sites' && sites.length > 0) {
      // Asked here, inside the reader's click: browsers only grant optional permissions in a user gesture.
      const granted = await browser.permissions.request({ origins: originsFor(sites) });
      if (!granted) {
        capture = 'click';
        setStatus('Permission was not granted, so StoryDiff stays on click only.');
      }
    }
    const next = { capture, sites };
    await savePreferences(next);
    setPrefs(next);
    setSitesText(sites.join('\n'));
    if (capture === prefs.capture || capture === 'sites') setStatus('Saved.');
  }

  return (
    <section aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">Capture</h2>
      <form onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend class="sr-only">When StoryDiff captures an article</legend>
          <label class="choice">
            <input
              type="radio"
              name="capture"
              checked={prefs.capture === 'click'}
              onChange={() => setPrefs({ ...prefs, capture: 'click' })}
            />
            Only when I click the StoryDiff icon (recommended)
          </label>
          <label class="choice">
            <input
              type="radio"
              name="capture"
              checked={prefs.capture === 'sites'}
              onChange={() => setPrefs({ ...prefs, capture: 'sites' })}
            />
            Also automatically on these sites:
          </label>
          <textarea
            rows={4}
            aria-label="Sites captured automatically, one per line"
            placeholder="www.example-news.com"
            value={sitesText}
            disabled={prefs.capture !== 'sites'}
            onInput={(e) => setSitesText((e.target as HTMLTextAreaElement).value)}
          />
        </fieldset>
        <button type="submit" class="primary">
          Save
        </button>{' '}
        <span role="status" class="small">
          {status}
        </span>
      </form>
    </section>
  );
}
