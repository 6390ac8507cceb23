// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../../../../options/sections/draft/ExportPanel';
import type { Issue } from '../../../../../src/core/issue';
import { formatIssue } from '../../../../../src/core/kubelist';
import type { Template } from '../../../../../src/core/templates/template';

const issue: Issue = {
  number: 118,
  date: '2021-03-10',
  headline: 'Mesh',
  intro: 'Hello',
  items: [
    { title: 'A & B', url: 'https://example.com/a', commentary: 'First. 🚀' },
    { title: 'C', url: 'https://example.com/c', commentary: '' },
  ],
};

const downloads: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  localStorage.clear();
  downloads.length = 0;
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:x';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: last! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function panel(exportTemplate: string, templates: Template[] = [], onStatus: (status: string) => void = () => undefined) {
  return render(
    <ExportPanel
      issue={issue}
      issueUrlBase="https://kubelist.com/issue/"
      fileNamePattern="kubelist-{number}.md"
      newsletterName="Mesh Weekly"
      templates={templates}
      exportTemplate={exportTemplate}
      onStatus={onStatus}
    />,
  );
}

describe('the export through a template', () => {
  it('writes Kubelist’s markdown by default, unchanged', () => {
    panel('kubelist');
    expect(screen.getByRole('region', { name: 'Markdown' }).textContent).toBe(formatIssue(issue));
    fireEvent.click(screen.getByRole('button', { name: 'Download markdown' }));
    expect(downloads.map((each) => each.name)).toEqual(['kubelist-118.md']);
  });

  it('writes a markdown template’s text once the engine has loaded, and downloads it as .md', async () => {
    panel('plain-digest');
    const region = await screen.findByRole('region', { name: 'Markdown' });
    expect(region.textContent).toContain('- [A & B](https://example.com/a) — First. 🚀\n- [C](https://example.com/c)');
    fireEvent.click(screen.getByRole('button', { name: 'Download markdown' }));
    expect(downloads.map((each) => each.name)).toEqual(['kubelist-118.md']);
  });

  it('writes an HTML template as .html, typed text/html, with no separate Download HTML', async () => {
    panel('html-email');
    const region = await screen.findByRole('region', { name: 'HTML' });
    expect(region.textContent).toContain('<a href="https://example.com/a" style="color:#0b57d0;font-weight:bold;">A &amp; B</a>');
    fireEvent.click(screen.getByRole('button', { name: 'Download HTML' }));
    expect(downloads.map((each) => [each.name, each.blob.type])).toEqual([['kubelist-118.html', 'text/html;charset=utf-8']]);
    expect(screen.getAllByRole('button', { name: 'Download HTML' })).toHaveLength(1);
  });

  it('shows a broken template’s problem with its line instead of an export', async () => {
    panel('mine', [{ id: 'mine', name: 'Mine', kind: 'markdown', body: '# {{newsletter}}\n{{#items}}\n- {{title}}\n' }]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Line 2: the section “items” is opened here but not closed (add {{/items}}).');
    expect(screen.queryByRole('region', { name: 'Markdown' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Copy for email' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Copy for email and Download HTML', () => {
  it('puts the HTML email on the clipboard with Kubelist’s markdown as its plain text', async () => {
    const written: ClipboardItem[] = [];
    const write = vi.fn(async (items: ClipboardItem[]) => void written.push(...items));
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    const statuses: string[] = [];
    panel('kubelist', [], (status) => statuses.push(status));
    fireEvent.click(screen.getByRole('button', { name: 'Copy for email' }));
    await waitFor(() => expect(statuses).toEqual(['Copied for email: paste it into your newsletter’s editor.']));
    expect(written[0]!.types).toEqual(['text/html', 'text/plain']);
    const html = await (await written[0]!.getType('text/html')).text();
    expect(html).toContain('<ol style="margin:0;padding:0 0 0 24px;">');
    expect(html).toContain('<a href="https://example.com/c" style="color:#0b57d0;font-weight:bold;">C</a>');
    expect(await (await written[0]!.getType('text/plain')).text()).toBe(formatIssue(issue));
  });

  it('downloads the same HTML as a file beside a markdown template', async () => {
    panel('kubelist');
    fireEvent.click(screen.getByRole('button', { name: 'Download HTML' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('kubelist-118.html');
    expect(await downloads[0]!.blob.text()).toContain('<h2 style="font-size:20px;line-height:1.3;margin:0 0 12px;">Mesh</h2>');
  });
});
