// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../../../options/sections/settings/settings-store';
import type { Shortcut } from '../../../../../src/platform/shortcuts';
import { loadSettings, openCuratorDb, saveSettings } from '../../../../../src/storage';

// The browser fake has no `commands`: the welcome page is given the bindings directly.
const bound = vi.hoisted(() => ({ keys: [] as Shortcut[] }));
vi.mock('../../../../../src/platform/shortcuts', () => ({ shortcuts: async () => bound.keys }));
const { Welcome } = await import('../../../../../options/sections/welcome/Welcome');

const popupKey: Shortcut = { name: '_execute_action', description: 'Open the popup on this page', shortcut: 'Alt+Shift+K' };
const addKey: Shortcut = { name: 'add-page', description: 'Add this page to the issue without the popup', shortcut: 'Alt+Shift+L' };

afterEach(cleanup);

let dbCount = 0;
async function settingsIn(name = `welcome-${++dbCount}`) {
  const db = await openCuratorDb(name);
  const settings = createSettingsStore({ loadSettings: () => loadSettings(db), saveSettings: (changed) => saveSettings(db, changed) });
  return { db, settings };
}
const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const typeInto = (id: string, value: string) => fireEvent.input(input(id), { target: { value } });
const status = () => screen.getByRole('status').textContent;

describe('the welcome page’s shortcuts', () => {
  it('says what “Not set” means and how to give the command a key, in Chrome and in Firefox', async () => {
    // Alt+Shift+A, the old default, is kept by Chromium for itself: the command came out unbound.
    bound.keys = [popupKey, { ...addKey, shortcut: '' }];
    render(<Welcome settings={(await settingsIn()).settings} />);
    expect(await screen.findByRole('rowheader', { name: 'Not set' })).toBeTruthy();
    expect(screen.getByText(/^“Not set” means the browser or another extension already uses that key/)).toBeTruthy();
    expect(screen.getByText('In Chrome: open chrome://extensions/shortcuts, click the command’s box and press the keys you want.')).toBeTruthy();
    expect(screen.getByText('In Firefox: open about:addons, click the gear button (⚙) and choose “Manage Extension Shortcuts”.')).toBeTruthy();
  });

  it('explains “Not set” only when a key is missing, and still says where keys are changed', async () => {
    bound.keys = [popupKey, addKey];
    render(<Welcome settings={(await settingsIn()).settings} />);
    expect(await screen.findByRole('rowheader', { name: 'Alt+Shift+L' })).toBeTruthy();
    expect(screen.queryByText(/“Not set” means/)).toBeNull();
    expect(screen.getByText(/^In Firefox: open about:addons/)).toBeTruthy();
  });
});

describe('the welcome page’s newsletter setup', () => {
  it('starts empty, not as Kubelist, and saves the name, address and day together', async () => {
    bound.keys = [];
    const { db, settings } = await settingsIn();
    await settings.load();
    render(<Welcome settings={settings} />);
    expect(input('setup-newsletterName').value).toBe('');
    expect(input('setup-issueUrlBase').value).toBe('');
    expect(input('setup-newsletterName').placeholder).toBe('e.g. Friday Links');
    typeInto('setup-newsletterName', '  Friday Links ');
    typeInto('setup-issueUrlBase', 'https://friday.example/issues/');
    fireEvent.change(document.getElementById('setup-weekday')!, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(status()).toBe('Saved. Clip your first article from the toolbar button.'));
    expect(await loadSettings(db)).toMatchObject({ newsletterName: 'Friday Links', issueUrlBase: 'https://friday.example/issues/', weekday: 5 });
  });

  it('says what is wrong under the field and saves nothing while a field is unusable', async () => {
    bound.keys = [];
    const { db, settings } = await settingsIn();
    render(<Welcome settings={settings} />);
    typeInto('setup-newsletterName', '   ');
    typeInto('setup-issueUrlBase', 'friday.example/issues');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input('setup-issueUrlBase').getAttribute('aria-invalid')).toBe('true'));
    expect(input('setup-newsletterName').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('setup-issueUrlBase-note')!.textContent).toBe('Issue base URL should be an http or https address.');
    expect(document.getElementById('setup-newsletterName-note')!.textContent).toBe('Newsletter name is empty.');
    expect(status()).toBe('');
    expect((await loadSettings(db)).newsletterName).toBe('Kubelist');
  });

  it('fills in Kubelist’s settings with one button, for a curator who writes Kubelist', async () => {
    bound.keys = [];
    const { db, settings } = await settingsIn();
    render(<Welcome settings={settings} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fill in Kubelist’s' }));
    expect(input('setup-newsletterName').value).toBe('Kubelist');
    expect(input('setup-issueUrlBase').value).toBe('https://kubelist.com/issue/');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(status()).toMatch(/^Saved\./));
    expect((await loadSettings(db)).issueUrlBase).toBe('https://kubelist.com/issue/');
  });

  it('shows a newsletter already set up as it is stored, once the settings are read', async () => {
    bound.keys = [];
    const { db, settings } = await settingsIn();
    await saveSettings(db, { ...(await loadSettings(db)), newsletterName: 'Mesh Weekly', issueUrlBase: 'https://mesh.example/' });
    render(<Welcome settings={settings} />);
    expect(input('setup-newsletterName').value).toBe('');
    await settings.load();
    await waitFor(() => expect(input('setup-newsletterName').value).toBe('Mesh Weekly'));
    expect(screen.getByRole('link', { name: 'Import them from their markdown files.' }).getAttribute('href')).toBe('#import');
  });
});
