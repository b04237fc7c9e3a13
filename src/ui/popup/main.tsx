// Popup entry: mounts the verdict view.
import { render } from 'preact';
import '../components/theme.css';
import '../components/lists.css';
import './popup.css';
import { captureActiveTab, Popup } from './Popup';

// The moment the popup's own code starts: the benchmark splits click-to-comparison by it.
performance.mark('storydiff:popup-start');
// Ask for the capture first, then draw: the worker's work overlaps with the popup's first render.
const first = captureActiveTab();
render(<Popup first={first} />, document.getElementById('app') as HTMLElement);
