import { describe, expect, test } from 'vitest';
import { useExtension } from './harness/use-extension';

/**
 * The manifest's suggested keys only suggest: Chromium leaves a command unbound ("Not set" at
 * chrome://extensions/shortcuts) when the browser keeps that key for itself, as it does
 * Alt+Shift+A. Only a real browser knows which keys it keeps, so the check runs in one, on a
 * fresh profile, the way a curator's first install sees it.
 */

// The `chrome` global of the extension page the check is evaluated in.
declare const chrome: {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};

const browser = useExtension();

describe('keyboard shortcuts', () => {
  test('every command gets its suggested key in a fresh profile', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    const commands = await page.evaluate(() => chrome.commands.getAll());
    const bound = Object.fromEntries(commands.map((command) => [command.name, command.shortcut ?? '']));
    expect(bound).toEqual({ _execute_action: 'Alt+Shift+K', 'add-page': 'Alt+Shift+L' });
    await page.close();
  });
});
