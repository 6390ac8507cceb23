import { t } from '../text/t';
import { browser } from './browser';

export interface Shortcut {
  name: string;
  description: string;
  /** As the browser shows it (e.g. "Alt+Shift+K"); '' when the curator has unbound it. */
  shortcut: string;
}

/** The extension's keyboard shortcuts as currently bound (curators can rebind them). */
export async function shortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.map((command) => ({
    name: command.name ?? '',
    description: command.name === '_execute_action' ? t('shortcutOpenPopup') : (command.description ?? ''),
    shortcut: command.shortcut ?? '',
  }));
}

/** Opens the first-run page once, when the extension is installed (not on updates). */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('options/index.html#welcome') });
}

/**
 * The browser's own page for rebinding extension shortcuts: Firefox opens its "Manage Extension
 * Shortcuts" on request (no tab may open about:addons); Chrome has no such call, and extension
 * pages may open chrome://extensions/shortcuts.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
