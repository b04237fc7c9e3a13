// One line saying that the captured text is cut off (a paywall showed only its start), for every view that
// lists facts as missing: the reader must know they may be in the part StoryDiff could not see.
import { CUT_OFF, cutOffDetail } from '../../core/export';
import './PartialNotice.css';

export function PartialNotice({ words }: { words?: number }) {
  return (
    <p class="partial-notice" role="note" data-testid="partial-notice">
      <strong>{CUT_OFF}</strong>: {cutOffDetail(words)}
    </p>
  );
}
