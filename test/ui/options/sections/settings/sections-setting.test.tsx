// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsPanel } from '../../../../../options/sections/settings/SettingsPanel';
import { createSettingsStore } from '../../../../../options/sections/settings/settings-store';
import { addItem, loadDraft, loadSettings, openCuratorDb, saveSettings } from '../../../../../src/storage';

let dbCount = 0;
async function renderSettings() {
  const db = await openCuratorDb(`sections-setting-${++dbCount}`);
  const settings = createSettingsStore({ loadSettings: () => loadSettings(db), saveSettings: (changed, renamed) => saveSettings(db, changed, renamed) });
  await settings.load();
  render(<SettingsPanel settings={settings} />);
  return { db, settings };
}
const saved = () => waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings saved.'));
function add(name: string) {
  fireEvent.input(screen.getByLabelText('New section'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Add section' }));
}

afterEach(cleanup);

describe('the sections setting', () => {
  it('adds sections in order, limits one, moves and removes them', async () => {
    const { db } = await renderSettings();
    add('News');
    await saved();
    add('Jobs');
    await waitFor(() => expect(screen.getByLabelText('Name of section 2')).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Most items in “Jobs”'), { target: { value: '3' } });
    await waitFor(async () =>
      expect((await loadSettings(db)).sections).toEqual([
        { name: 'News', limit: null },
        { name: 'Jobs', limit: 3 },
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move “Jobs” up' }));
    await waitFor(async () => expect((await loadSettings(db)).sections.map((s) => s.name)).toEqual(['Jobs', 'News']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Jobs” (its items stay, in no section)' }));
    await waitFor(async () => expect((await loadSettings(db)).sections).toEqual([{ name: 'News', limit: null }]));
  });

  it('renames a section on its items in the same write', async () => {
    const { db, settings } = await renderSettings();
    await settings.change({ sections: [{ name: 'News', limit: null }] });
    await addItem(db, { title: 'A', url: 'https://example.com/a', commentary: '', section: 'News' });
    await addItem(db, { title: 'B', url: 'https://example.com/b', commentary: '' });
    await waitFor(() => expect((screen.getByLabelText('Name of section 1') as HTMLInputElement).value).toBe('News'));
    fireEvent.change(screen.getByLabelText('Name of section 1'), { target: { value: 'Headlines' } });
    await waitFor(async () => expect((await loadDraft(db)).items.map((i) => i.section)).toEqual(['Headlines', '']));
    expect((await loadSettings(db)).sections).toEqual([{ name: 'Headlines', limit: null }]);
  });

  it('says why a name given twice, a blank one or a limit of 0 is not saved, and keeps the stored sections', async () => {
    const { db, settings } = await renderSettings();
    await settings.change({ sections: [{ name: 'News', limit: null }] });
    await waitFor(() => expect(screen.getByLabelText('Name of section 1')).toBeTruthy());
    add('news');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not saved: the list names the section “news” twice.'));
    add(' ');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not saved: a section needs a name.'));
    fireEvent.change(screen.getByLabelText('Most items in “News”'), { target: { value: '0' } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Not saved: the list gives the section “News” a limit that is not a whole number from 1 to 999.'),
    );
    expect((await loadSettings(db)).sections).toEqual([{ name: 'News', limit: null }]);
    expect((screen.getByLabelText('New section') as HTMLInputElement).value).toBe(' ');
  });
});
