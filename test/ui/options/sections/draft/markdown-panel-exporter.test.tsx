// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownPanel } from '../../../../../options/sections/draft/MarkdownPanel';
import type { Exporter } from '../../../../../src/core/export/exporters';
import type { Issue } from '../../../../../src/core/issue';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const issue: Issue = { number: 118, date: '2021-03-10', headline: 'Mesh', intro: '', items: [{ title: 'A', url: 'https://example.com/a', commentary: '' }] };
/** A second format, for this test only. */
const plainText: Exporter = { id: 'plain-text', extension: 'txt', mime: 'text/plain', check: () => [], format: (each) => `${each.headline}\n` };

describe('MarkdownPanel with another exporter', () => {
  it('shows and downloads that format, named with its extension and typed with its media type', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:x';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<MarkdownPanel issue={issue} fileNamePattern="mesh-{number}.md" onStatus={() => undefined} exporter={plainText} />);
    expect(screen.getByRole('heading', { name: 'mesh-118.txt' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Markdown' }).textContent).toBe('Mesh\n');
    fireEvent.click(screen.getByRole('button', { name: 'Download markdown' }));
    expect(names).toEqual(['mesh-118.txt']);
    expect(blobs.map((blob) => blob.type)).toEqual(['text/plain;charset=utf-8']);
    expect(await blobs[0]!.text()).toBe('Mesh\n');
  });

  it('shows the problems, and no empty text box, while the issue cannot be exported', () => {
    const refusing: Exporter = { ...plainText, check: () => [{ item: 1, title: 'A', reason: { code: 'noTitle' } }] };
    render(<MarkdownPanel issue={issue} fileNamePattern="mesh-{number}.md" onStatus={() => undefined} exporter={refusing} />);
    expect(screen.getByRole('alert').textContent).toMatch(/^This issue can't be exported yet:/);
    expect(screen.queryByRole('region', { name: 'Markdown' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Download markdown' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
