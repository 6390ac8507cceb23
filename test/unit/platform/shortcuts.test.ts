import { afterEach, describe, expect, it, vi } from 'vitest';
import { openShortcutSettings } from '../../../src/platform/shortcuts';
import fakeBrowser from '../../fakes/browser';

// The browser fake has neither `commands` nor `tabs.create`: each test gives what its browser has.
const api = fakeBrowser as unknown as { commands?: object; tabs: { create?: unknown } };
afterEach(() => {
  delete api.commands;
  delete api.tabs.create;
});

describe('openShortcutSettings', () => {
  it('opens Chrome’s shortcut page in a tab', async () => {
    const create = vi.fn(async () => ({}));
    api.tabs.create = create;
    api.commands = {};
    await openShortcutSettings();
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('asks Firefox for its own shortcut page, which no tab may open', async () => {
    const create = vi.fn(async () => ({}));
    const firefoxPage = vi.fn(async () => undefined);
    api.tabs.create = create;
    api.commands = { openShortcutSettings: firefoxPage };
    await openShortcutSettings();
    expect(firefoxPage).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });
});
