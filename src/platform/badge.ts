import { browser } from './browser';

const COUNT_COLOR = '#326ce5';
const COLORS = { added: '#2e7d32', 'tab-only': '#f9a825', failed: '#c62828' } as const;
/** How long a confirmation shows on the toolbar button before the count comes back. */
const FLASH_MS = 2500;

/** The toolbar badge shows how many items the draft holds (nothing for an empty draft). */
export async function showDraftCount(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: COUNT_COLOR });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
}

export type Outcome = keyof typeof COLORS;

/**
 * A visible confirmation for adds that open no popup (right-click, shortcut): the badge flashes
 * "+1" (green: added; amber: added from the tab's title and URL only) or "!" (red: failed), and the
 * button's tooltip says what happened until the next add.
 */
export async function flashOutcome(outcome: Outcome, message: string, countAfter: number): Promise<void> {
  await browser.action.setTitle({ title: message });
  await browser.action.setBadgeBackgroundColor({ color: COLORS[outcome] });
  await browser.action.setBadgeText({ text: outcome === 'failed' ? '!' : '+1' });
  // The worker stays alive well past this after an event, so the count does come back.
  setTimeout(() => void showDraftCount(countAfter), FLASH_MS);
}
