import type { Clip, ClipOptions } from '../src/core/clip';
import { clipFrom } from '../src/core/page-clip';
import type { CaptureResult } from '../src/platform/capture';
import type { TabInfo } from '../src/platform/tabs';
import { t } from '../src/text/t';
import { navigatedAway, sameAddress } from './same-page';

export interface CaptureOutcome {
  clip: Clip;
  /** Where the fields came from: the page's own metadata, or the tab's title and URL alone. */
  source: 'page' | 'tab';
  /** A message for the status line, when the capture had to be thrown away. */
  status?: string;
}

/**
 * What the popup fills in once the capture has answered for `tab`: the page's metadata; the tab's
 * fields with the reason when the page could not be read; and the tab's fields again, with a
 * message, when the capture ran on another page than the one the popup was opened for.
 */
export function captureOutcome(tab: TabInfo, result: CaptureResult, options: ClipOptions): CaptureOutcome {
  if (result.ok && !sameAddress(result.capture.url, tab.url)) {
    return { clip: clipFrom(tab, null, navigatedAway(), options), source: 'tab', status: navigatedAway() };
  }
  if (result.ok) return { clip: clipFrom(tab, result.capture, '', options), source: 'page' };
  return { clip: clipFrom(tab, null, t('tabFieldsUsed', result.reason), options), source: 'tab' };
}
