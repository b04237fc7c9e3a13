// Side panel entry: the full comparison, side by side.
import { render } from 'preact';
import '../components/theme.css';
import '../components/lists.css';
import './sidepanel.css';
import { SidePanel } from './SidePanel';

render(<SidePanel />, document.getElementById('app') as HTMLElement);
