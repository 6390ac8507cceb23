// The parts of the popup that show only once the capture or storage has answered: one chunk,
// fetched right after first paint (App.tsx), so the first load leaves them out.
import './late-components.css';

export { ClipDetails } from './ClipDetails';
export { DraftSummary } from './DraftSummary';
export { FeaturedWarning } from './FeaturedWarning';
export { SaveForLaterButton } from './SaveForLaterButton';
export { SaveState } from './SaveState';
