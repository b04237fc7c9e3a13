// Popup entry: mounts the verdict view.
import { render } from 'preact';
import '../components/theme.css';
import '../components/lists.css';
import './popup.css';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app') as HTMLElement);
