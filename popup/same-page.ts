/** Why a capture was thrown away: the tab had gone to another page by the time it ran. */
export const NAVIGATED =
  'The tab went to another page while it was being read, so what was read there is discarded: the title and URL are those of the page you opened this on.';

/**
 * Whether a capture ran on the page the popup was opened for: the same address but for its
 * #fragment (a jump within the page). An address not known on either side is not compared.
 */
export function sameAddress(captured: string, opened: string): boolean {
  return captured === '' || opened === '' || captured.split('#')[0] === opened.split('#')[0];
}
