// Imported first by popup/main.tsx, so this runs before the rest of the popup's code is evaluated:
// the title and URL wait on this one round trip to the browser (~5 ms here), and everything else
// (Preact, the store, the first render) runs while it is under way.
import { type TabInfo, targetTab } from '../src/platform/tabs';

/** The tab to clip, asked for as the popup's first statement. */
export const tabRequest: Promise<TabInfo> = targetTab(new URLSearchParams(location.search).get('tab'));
// Handled when the store starts, a few statements later; this keeps a failure from being reported
// as unhandled before then.
tabRequest.catch(() => undefined);
