import { t } from '../src/text/t';

/** Why a capture was thrown away: the tab had gone to another page by the time it ran. */
export const navigatedAway = () => t('navigatedAway');

/**
 * Whether a capture ran on the page the popup was opened for: the same address but for its
 * #fragment (a jump within the page). An address not known on either side is not compared.
 */
export function sameAddress(captured: string, opened: string): boolean {
  return captured === '' || opened === '' || captured.split('#')[0] === opened.split('#')[0];
}
