// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ImportPanel } from '../../../../../options/sections/import/ImportPanel';
import { PREVIEW_PAGE } from '../../../../../options/sections/import/ImportPreview';
import { createImportStore, type PickedFile } from '../../../../../options/sections/import/import-store';
import { formatIssue } from '../../../../../src/core/kubelist';
import { oneLinkIssue } from '../../../../fixtures/one-link-issue';

const FILES = 450;
const issue = oneLinkIssue;
const file = (name: string, text: string): PickedFile => ({ name, text: async () => text });

afterEach(cleanup);

// Plain DOM queries: role queries over hundreds of rows are slow in happy-dom.
const bodyRows = () => [...document.querySelectorAll('.import-table tbody tr')];
const fileNames = () => bodyRows().map((row) => row.querySelector('th')!.textContent);

it('shows a page of rows at a time, the three files that need a look first, and reaches every file', async () => {
  const importer = createImportStore({
    archivedIssues: async () => [],
    importIssues: async () => ({ added: [], replaced: [], skipped: [], draft: null }),
    pause: async () => undefined,
  });
  render(<ImportPanel importer={importer} />);
  const files = Array.from({ length: FILES }, (_, i) => file(`kubelist-${i + 1}.md`, formatIssue(issue(i + 1))));
  files[119] = file('kubelist-120.md', 'just some notes'); // no heading: left out
  files[299] = file('kubelist-300.md', formatIssue(issue(3000))); // the name says another number
  files[448] = file('kubelist-449.md', formatIssue(issue(448))); // a repeat of kubelist-448.md
  await importer.chooseFiles(files);

  expect(screen.getByText(/^450 files: /).textContent).toContain('2 files left out');
  expect(bodyRows()).toHaveLength(PREVIEW_PAGE);
  expect(fileNames().slice(0, 3)).toEqual(['kubelist-120.md', 'kubelist-300.md', 'kubelist-449.md']);

  fireEvent.click(screen.getByRole('checkbox', { name: 'Show only the 3 files that need a look' }));
  expect(fileNames()).toEqual(['kubelist-120.md', 'kubelist-300.md', 'kubelist-449.md']);
  expect(screen.queryByRole('navigation', { name: 'Pages of the preview' })).toBeNull();

  fireEvent.click(screen.getByRole('checkbox', { name: 'Show only the 3 files that need a look' }));
  const seen = new Set(fileNames());
  const next = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Next files' });
  expect(screen.getByRole('navigation', { name: 'Pages of the preview' }).textContent).toContain('Files 1–200 of 450');
  while (!next().disabled) {
    fireEvent.click(next());
    expect(bodyRows().length).toBeLessThanOrEqual(PREVIEW_PAGE);
    for (const name of fileNames()) seen.add(name);
  }
  expect(screen.getByRole('navigation', { name: 'Pages of the preview' }).textContent).toContain('Files 401–450 of 450');
  expect(seen.size).toBe(FILES);
});
