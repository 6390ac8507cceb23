// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Shortcut } from '../../../../../src/platform/shortcuts';

// The browser fake has no `commands`: the welcome page is given the bindings directly.
const bound = vi.hoisted(() => ({ keys: [] as Shortcut[] }));
vi.mock('../../../../../src/platform/shortcuts', () => ({ shortcuts: async () => bound.keys }));
const { Welcome } = await import('../../../../../options/sections/welcome/Welcome');

const popupKey: Shortcut = { name: '_execute_action', description: 'Open the popup on this page', shortcut: 'Alt+Shift+K' };
const addKey: Shortcut = { name: 'add-page', description: 'Add this page to the issue without the popup', shortcut: 'Alt+Shift+L' };

afterEach(cleanup);

describe('the welcome page’s shortcuts', () => {
  it('says what “Not set” means and how to give the command a key, in Chrome and in Firefox', async () => {
    // Alt+Shift+A, the old default, is kept by Chromium for itself: the command came out unbound.
    bound.keys = [popupKey, { ...addKey, shortcut: '' }];
    render(<Welcome />);
    expect(await screen.findByRole('rowheader', { name: 'Not set' })).toBeTruthy();
    expect(screen.getByText(/^“Not set” means the browser or another extension already uses that key/)).toBeTruthy();
    expect(screen.getByText('In Chrome: open chrome://extensions/shortcuts, click the command’s box and press the keys you want.')).toBeTruthy();
    expect(screen.getByText('In Firefox: open about:addons, click the gear button (⚙) and choose “Manage Extension Shortcuts”.')).toBeTruthy();
  });

  it('explains “Not set” only when a key is missing, and still says where keys are changed', async () => {
    bound.keys = [popupKey, addKey];
    render(<Welcome />);
    expect(await screen.findByRole('rowheader', { name: 'Alt+Shift+L' })).toBeTruthy();
    expect(screen.queryByText(/“Not set” means/)).toBeNull();
    expect(screen.getByText(/^In Firefox: open about:addons/)).toBeTruthy();
  });
});
