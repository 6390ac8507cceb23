// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ImportPanel } from '../../../../../options/sections/import/ImportPanel';
import { createImportStore, type PickedFile } from '../../../../../options/sections/import/import-store';
import { formatIssue } from '../../../../../src/core/kubelist';
import { archivedIssues, draftToIssue, getIssueWithItems, importIssues, listArchive, loadDraft, openCuratorDb } from '../../../../../src/storage';
import { archiveText as archived, describeWithArchive } from '../../../../fixtures/archive';
import { misreadAsWindows1252 } from '../../../../fixtures/misread-as-windows-1252';

let dbCount = 0;
async function renderImport() {
  const db = await openCuratorDb(`import-panel-${++dbCount}`);
  const importer = createImportStore({
    archivedIssues: (numbers) => archivedIssues(db, numbers),
    // Imported the week #117 went out, so the draft follows on at the weekly cadence.
    importIssues: (plan, options) => importIssues(db, plan, { ...options, now: Date.UTC(2021, 2, 4, 12) }),
  });
  render(<ImportPanel importer={importer} />);
  await importer.load();
  return { db, importer };
}
const picked = (n: number, text = archived(n)): PickedFile => ({ name: `kubelist-${n}.md`, text: async () => text });
const exported = async (db: Awaited<ReturnType<typeof openCuratorDb>>, n: number) => {
  const found = await getIssueWithItems(db, n);
  return found && formatIssue(draftToIssue(found));
};

afterEach(cleanup);

describeWithArchive('the import panel', () => {
  it('previews pasted mojibake, repairs it on request, and imports the clean issue only on confirm', async () => {
    const { db } = await renderImport();
    await loadDraft(db);
    fireEvent.input(screen.getByLabelText('Paste markdown'), { target: { value: misreadAsWindows1252(archived(117)) } });

    const row = screen.getByRole('row', { name: /Pasted text/ });
    expect(within(row).getByText(/Mojibake/)).toBeTruthy();
    expect(row.textContent).toContain('ðŸ”Š');
    expect(await listArchive(db)).toEqual([]); // previewing writes nothing

    fireEvent.click(within(row).getByRole('button', { name: 'Repair text' }));
    const repaired = screen.getByRole('row', { name: /Pasted text/ });
    expect(repaired.textContent).toContain('Backstage (from Spotify) 🔊');
    expect(repaired.textContent).not.toContain('ðŸ');

    fireEvent.click(screen.getByRole('button', { name: 'Confirm import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Imported 1 issue \(7 items\)\./));
    expect(await exported(db, 117)).toBe(archived(117));
    // The empty draft follows the archive.
    expect((await loadDraft(db)).issue).toMatchObject({ number: 118, date: '2021-03-10' });
  });

  it('asks replace or skip for a number already archived; skip is the default', async () => {
    const { db, importer } = await renderImport();
    await importer.chooseFiles([picked(116), picked(117)]);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Imported 2 issues/));

    const changed = archived(117).replace('#### Backstage', '#### Changed Backstage');
    await importer.chooseFiles([picked(117, changed)]);
    const row = screen.getByRole('row', { name: /kubelist-117\.md/ });
    const skip = within(row).getByRole<HTMLInputElement>('radio', { name: 'Skip' });
    const replace = within(row).getByRole<HTMLInputElement>('radio', { name: 'Replace' });
    expect(skip.checked).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Confirm import' }).disabled).toBe(true);

    fireEvent.click(replace);
    expect(within(row).getByText('Replaces the archived #117.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Replaced #117\./));
    expect(await exported(db, 117)).toBe(changed);
    expect((await listArchive(db)).map((row) => row.number)).toEqual([117, 116]);
  });

  it('cancel forgets everything and writes nothing', async () => {
    const { db, importer } = await renderImport();
    await importer.chooseFiles([picked(1), picked(2), { name: 'notes.pdf', text: async () => '%PDF' }]);
    expect(screen.getByText(/notes\.pdf: not a Markdown/)).toBeTruthy();
    expect(screen.getByText(/^2 files: 2 issues with \d+ items to import/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Import cancelled; nothing was written.');
    expect(await listArchive(db)).toEqual([]);
  });
});
