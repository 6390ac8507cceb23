// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../../../options/sections/settings/settings-store';
import { TemplatesSection } from '../../../../../options/sections/templates/TemplatesSection';
import type { Issue } from '../../../../../src/core/issue';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../../../../src/core/model';

afterEach(cleanup);

const issue: Issue = {
  number: 118,
  date: '2021-03-10',
  headline: 'Mesh',
  intro: '',
  items: [{ title: 'A & B', url: 'https://example.com/a', commentary: 'First.' }],
};

/** A settings store over a fake that stores what it is given, as storage does (read back through the model). */
function settingsStore() {
  let stored: Settings = DEFAULT_SETTINGS;
  const store = createSettingsStore({
    loadSettings: async () => stored,
    saveSettings: async (settings) => {
      stored = readSettings(settings).settings;
      return stored;
    },
  });
  return { store, stored: () => stored };
}

const body = () => screen.getByLabelText('Template (Markdown)') as HTMLTextAreaElement;

describe('Settings → Templates', () => {
  it('lists the built-ins, copies one into an editable template and previews the draft through it', async () => {
    const { store, stored } = settingsStore();
    render(<TemplatesSection settings={store} issue={issue} />);
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.template-name')!.textContent)).toEqual([
      'Kubelist',
      'Sectioned weekly',
      'Plain digest',
      'HTML email',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Plain digest to edit it' }));
    await waitFor(() => expect(stored().templates).toHaveLength(1));
    expect(stored().templates[0]).toMatchObject({ name: 'Copy of Plain digest', kind: 'markdown' });
    expect((screen.getByLabelText('Template name') as HTMLInputElement).value).toBe('Copy of Plain digest');
    const preview = await screen.findByRole('region', { name: 'Preview of the current draft' });
    expect(preview.textContent).toContain('- [A & B](https://example.com/a) — First.');

    // The preview follows the body as it is typed, before anything is saved.
    fireEvent.input(body(), { target: { value: '{{#items}}\n{{n}}) {{title}}\n{{/items}}' } });
    expect(screen.getByRole('region', { name: 'Preview of the current draft' }).textContent).toBe('1) A & B\n');
    fireEvent.input(screen.getByLabelText('Template name'), { target: { value: 'Numbered' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(stored().templates[0]).toMatchObject({ name: 'Numbered', body: '{{#items}}\n{{n}}) {{title}}\n{{/items}}' }));
  });

  it('shows a problem with its line, and saves nothing until it is fixed', async () => {
    const { store, stored } = settingsStore();
    render(<TemplatesSection settings={store} issue={issue} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Sectioned weekly to edit it' }));
    await screen.findByRole('region', { name: 'Preview of the current draft' });
    fireEvent.input(body(), { target: { value: '# {{newsletter}}\n\n{{#items}}\n* {{title}}\n' } });
    expect(screen.getByRole('alert').textContent).toBe('Line 3: the section “items” is opened here but not closed (add {{/items}}).');
    expect(body().getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(body(), { target: { value: '# {{newsletter}}\n\n{{#items}}\n* {{title}}\n{{/items}}' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(stored().templates[0]!.body).toBe('# {{newsletter}}\n\n{{#items}}\n* {{title}}\n{{/items}}'));
  });

  it('previews an HTML template in a sandboxed iframe that can run nothing', async () => {
    const { store } = settingsStore();
    render(<TemplatesSection settings={store} issue={issue} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy HTML email to edit it' }));
    const frame = (await screen.findByTitle('Preview of the current draft')) as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<a href="https://example.com/a" style="color:#0b57d0;font-weight:bold;">A &amp; B</a>');
  });

  it('chooses the export’s template, and deleting the chosen copy gives the export back to Kubelist', async () => {
    const { store, stored } = settingsStore();
    render(<TemplatesSection settings={store} issue={issue} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Kubelist to edit it' }));
    await waitFor(() => expect(stored().templates).toHaveLength(1));
    const id = stored().templates[0]!.id;
    fireEvent.change(screen.getByLabelText('Template for the export'), { target: { value: id } });
    await waitFor(() => expect(stored().exportTemplate).toBe(id));
    fireEvent.click(screen.getByRole('button', { name: 'Delete template' }));
    await waitFor(() => expect(stored()).toMatchObject({ templates: [], exportTemplate: 'kubelist' }));
    expect(screen.queryByLabelText('Template name')).toBeNull();
  });
});
