// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import german from '../../../../../_locales/de/messages.json';
import { ArchiveIssue } from '../../../../../options/sections/archive/ArchiveIssue';
import { MarkdownPanel } from '../../../../../options/sections/draft/MarkdownPanel';
import { SettingsPanel } from '../../../../../options/sections/settings/SettingsPanel';
import { createSettingsStore } from '../../../../../options/sections/settings/settings-store';
import type { Issue } from '../../../../../src/core/issue';
import { useBrowserMessages } from '../../../../../src/platform/i18n';
import { createMenus, nameMenus } from '../../../../../src/platform/menus';
import { loadSettings, openCuratorDb, saveSettings } from '../../../../../src/storage';
import { formatMessage } from '../../../../../src/text/message-format';
import { useMessages } from '../../../../../src/text/t';
import { browserFake } from '../../../../fakes/browser';

let dbCount = 0;
async function renderSettings() {
  const db = await openCuratorDb(`settings-panel-${++dbCount}`);
  const settings = createSettingsStore({
    loadSettings: () => loadSettings(db),
    saveSettings: (changed) => saveSettings(db, changed),
    quickTargetChanged: nameMenus,
  });
  await settings.load();
  render(<SettingsPanel settings={settings} />);
  return { db, settings };
}
const patternInput = () => document.getElementById('setting-fileNamePattern') as HTMLInputElement;
const example = () => document.getElementById('file-name-example')!.textContent;
function type(value: string) {
  fireEvent.input(patternInput(), { target: { value } });
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the file name pattern setting', () => {
  it('shows what issue #117 downloads as, as the pattern is typed, and saves it on change', async () => {
    const { db } = await renderSettings();
    expect(patternInput().value).toBe('kubelist-{number}.md');
    expect(example()).toBe('Issue #117 downloads as kubelist-117.md.');
    type('{date}-mesh-{number}.md');
    expect(example()).toBe('Issue #117 downloads as 2021-03-03-mesh-117.md.');
    expect((await loadSettings(db)).fileNamePattern).toBe('kubelist-{number}.md'); // typing alone saves nothing
    fireEvent.change(patternInput());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings saved.'));
    expect((await loadSettings(db)).fileNamePattern).toBe('{date}-mesh-{number}.md');
  });

  it('says why a pattern can’t be used while it is typed, and saves the default in its place', async () => {
    const { db, settings } = await renderSettings();
    await settings.change({ fileNamePattern: 'mesh-{number}.md' });
    await waitFor(() => expect(patternInput().value).toBe('mesh-{number}.md'));
    type('issues/{number}.md');
    expect(example()).toBe("This pattern can't be used: it may not contain “/” (not allowed in file names).");
    expect(patternInput().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(patternInput());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved, but not as typed: File name pattern may not contain “/” (not allowed in file names); the default is used.',
      ),
    );
    expect((await loadSettings(db)).fileNamePattern).toBe('kubelist-{number}.md');
    await waitFor(() => expect(patternInput().value).toBe('kubelist-{number}.md'));
    expect(example()).toBe('Issue #117 downloads as kubelist-117.md.');
  });
});

describe('the cleanup rules', () => {
  const disclosure = () => screen.getByText('Advanced: how titles and addresses are cleaned').closest('details')!;

  it('wait behind "Advanced", say how many are on, and open by themselves once one is off', async () => {
    const { db, settings } = await renderSettings();
    expect(disclosure().open).toBe(false);
    expect(disclosure().querySelector('summary')!.textContent).toBe('Advanced: how titles and addresses are cleaned 33 of 33 rules on');
    await settings.change({ disabledRules: ['site-name', 'utm-params'] });
    await waitFor(() => expect(disclosure().open).toBe(true));
    expect(disclosure().querySelector('summary')!.textContent).toMatch(/31 of 33 rules on$/);
    expect((screen.getByRole('checkbox', { name: /utm_source/ }) as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: /utm_source/ }));
    await waitFor(async () => expect((await loadSettings(db)).disabledRules).toEqual(['site-name']));
    fireEvent.click(screen.getByRole('button', { name: 'Turn every rule back on' }));
    await waitFor(async () => expect((await loadSettings(db)).disabledRules).toEqual([]));
    expect(screen.queryByRole('button', { name: 'Turn every rule back on' })).toBeNull();
    // Still open: it never closes under the curator's hand.
    expect(disclosure().open).toBe(true);
  });
});

describe('settings changed on another page', () => {
  it('show when the settings are read again, and a reading that changes nothing keeps what is being typed', async () => {
    const { db, settings } = await renderSettings();
    const name = () => screen.getByLabelText('Newsletter name') as HTMLInputElement;
    // Another editor tab saves a new name; this page reads the settings again when told of it.
    await saveSettings(db, { ...(await loadSettings(db)), newsletterName: 'Mesh Weekly' });
    await settings.load();
    await waitFor(() => expect(name().value).toBe('Mesh Weekly'));
    // Half-typed here (saved on change, not yet): another page's unrelated change must not undo it.
    fireEvent.input(name(), { target: { value: 'Mesh Week' } });
    const before = settings.store.get().settings;
    await settings.load();
    expect(settings.store.get().settings).toBe(before);
    expect(name().value).toBe('Mesh Week');
  });
});

describe('the markdown download', () => {
  const issue: Issue = {
    number: 118,
    date: '2021-03-10',
    headline: 'Mesh 🕸',
    intro: 'Hi',
    items: [{ title: 'A', url: 'https://example.com/a', commentary: 'B' }],
  };

  it('is named by the pattern', () => {
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const statuses: string[] = [];
    render(<MarkdownPanel issue={issue} fileNamePattern="{date}-mesh-{number}.md" onStatus={(s) => statuses.push(s)} />);
    expect(screen.getByRole('heading', { name: '2021-03-10-mesh-118.md' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download markdown' }));
    expect(names).toEqual(['2021-03-10-mesh-118.md']);
    expect(statuses).toEqual(['Downloaded 2021-03-10-mesh-118.md.']);
  });

  it('of an archived issue is named by the pattern too', () => {
    render(<ArchiveIssue open={{ number: 118, issue, loading: false }} onStatus={() => undefined} fileNamePattern="mesh-{number}.md" />);
    expect(screen.getByRole('heading', { name: 'mesh-118.md' })).toBeTruthy();
  });
});

describe('settings problems in German', () => {
  afterEach(() => useBrowserMessages());

  it('say in German why a pattern can’t be used, and that the default was saved instead', async () => {
    useMessages((name, substitutions) => formatMessage(german, name, substitutions));
    await renderSettings();
    type('issues/{number}.md');
    expect(example()).toBe('Dieses Muster ist nicht verwendbar, denn es darf kein „/“ enthalten (in Dateinamen nicht erlaubt).');
    fireEvent.change(patternInput());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Gespeichert, aber nicht wie eingegeben: „Muster für Dateinamen“ darf kein „/“ enthalten (in Dateinamen nicht erlaubt); stattdessen gilt die Voreinstellung.',
      ),
    );
  });
});

describe('where Ctrl+Enter and the right-click entries put a link', () => {
  it('renames the right-click entries as soon as the choice is saved', async () => {
    const { db } = await renderSettings();
    await createMenus('issue');
    expect(browserFake.menuTitles).toEqual({ 'add-page': 'Add page to issue', 'add-link': 'Add link to issue' });
    fireEvent.click(screen.getByRole('radio', { name: /Save for later/ }));
    await waitFor(() => expect(browserFake.menuTitles).toEqual({ 'add-page': 'Save page for later', 'add-link': 'Save link for later' }));
    expect((await loadSettings(db)).quickTarget).toBe('pool');
  });

  it('renames them when a restore or another page brings another choice', async () => {
    const { db, settings } = await renderSettings();
    await createMenus('issue');
    await saveSettings(db, { ...(await loadSettings(db)), quickTarget: 'pool' });
    await settings.load();
    expect(browserFake.menuTitles).toEqual({ 'add-page': 'Save page for later', 'add-link': 'Save link for later' });
    expect(screen.getByRole('radio', { name: /Save for later/ })).toHaveProperty('checked', true);
  });

  it('creates the entries when they are missing', async () => {
    await renderSettings();
    fireEvent.click(screen.getByRole('radio', { name: /Save for later/ }));
    await waitFor(() => expect(browserFake.menuTitles).toEqual({ 'add-page': 'Save page for later', 'add-link': 'Save link for later' }));
  });
});
