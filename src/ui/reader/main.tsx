// Reading view entry: one stored article as captured.
import { render } from 'preact';
import '../components/theme.css';
import './reader.css';
import { Reader } from './Reader';

render(<Reader />, document.getElementById('app') as HTMLElement);
