// Side-by-side page entry: two stored articles compared, chosen on the library page.
import { render } from 'preact';
import '../components/theme.css';
import '../components/lists.css';
import '../sidepanel/sidepanel.css';
import './compare.css';
import { Compare } from './Compare';

render(<Compare />, document.getElementById('app') as HTMLElement);
