// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveSectionStores } from '../../../../../options/archive-section-stores';
import { composeStores } from '../../../../../options/compose-stores';
import { ArchiveView } from '../../../../../options/sections/archive/ArchiveView';
import { type CuratorDatabase, createConnection, loadDraft } from '../../../../../src/storage';
import { countReads, type ReadCounter } from '../../../../fixtures/idb-read-counter';
import { seedLargeArchive, weeklyDate } from '../../../../fixtures/large-archive';

let count = 0;
let counter: ReadCounter | undefined;
afterEach(() => {
  counter?.stop();
  cleanup();
});

/** The archive section's store as the editor page composes it, on an archive of `issues` issues of 3 items and a draft. */
async function archiveOn(issues: number) {
  const connection = createConnection({}, `archive-list-${++count}`);
  const stores = composeStores(connection, { requestAccess: async () => false, checkLink: () => new Promise(() => {}) });
  await connection.run(async (db: CuratorDatabase) => {
    await seedLargeArchive(db, { issues, itemsPerIssue: 3 });
    await loadDraft(db);
  });
  return stores.lazy(archiveSectionStores).archive;
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const firstCells = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0]!.textContent);

// Guards #archive's first screen (issue 14): it read every issue, counted every issue's items and
// rendered a row for each.
describe('the archive list of a large archive', () => {
  it('shows its first page reading the same records at 150 and at 1,500 issues', async () => {
    const reads = async (issues: number) => {
      const archive = await archiveOn(issues);
      counter = countReads();
      await archive.load();
      counter.stop();
      return counter.records;
    };
    const small = await reads(150);
    const large = await reads(1500);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(100 + 10);
  });

  it('renders a page of 100 rows, newest first, and pages to the oldest issue and back', async () => {
    const archive = await archiveOn(600);
    render(<ArchiveView archive={archive} fileNamePattern="kubelist-{number}.md" />);
    await archive.load();
    const main = screen.getByRole('main');
    await waitFor(() => expect(main.getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByText('600 issues, 1800 items')).toBeTruthy();
    expect(bodyRows()).toHaveLength(100);
    expect(firstCells().slice(0, 2)).toEqual(['#600', '#599']);
    expect(
      within(bodyRows()[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['#600', weeklyDate(600), 'Issue 600', '3']);
    const pager = screen.getByRole('navigation', { name: 'Archive pages' });
    expect(within(pager).getByText('Issues 1–100 of 600')).toBeTruthy();
    expect(within(pager).getByRole<HTMLButtonElement>('button', { name: '‹ Newer' }).disabled).toBe(true);

    fireEvent.click(within(pager).getByRole('button', { name: 'Older ›' }));
    await waitFor(() => expect(firstCells()[0]).toBe('#500'));
    expect(firstCells().at(-1)).toBe('#401');
    expect(screen.getByRole('status').textContent).toBe('Issues 101–200 of 600');

    const oldest = within(pager).getByRole<HTMLButtonElement>('button', { name: 'Oldest »' });
    oldest.focus();
    fireEvent.click(oldest);
    await waitFor(() => expect(firstCells().at(-1)).toBe('#1'));
    expect(firstCells()[0]).toBe('#100');
    expect(bodyRows()).toHaveLength(100);
    expect(oldest.disabled).toBe(true);
    // The keyboard stays on the pager, on where the list now is.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Issues 501–600 of 600'));

    fireEvent.click(within(pager).getByRole('button', { name: '« Newest' }));
    await waitFor(() => expect(firstCells()[0]).toBe('#600'));
  });

  it('jumps to the newest issue of a year', async () => {
    const archive = await archiveOn(400);
    render(<ArchiveView archive={archive} fileNamePattern="kubelist-{number}.md" />);
    await archive.load();
    const year = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Year' });
    expect([...year.options].map((option) => option.value)).toEqual(['2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018']);
    expect(year.value).toBe('2025');
    fireEvent.change(year, { target: { value: '2021' } });
    // #203 is the last issue of 2021.
    expect([weeklyDate(203), weeklyDate(204)]).toEqual(['2021-12-29', '2022-01-05']);
    await waitFor(() => expect(firstCells()[0]).toBe('#203'));
    expect(year.value).toBe('2021');
    // Near the oldest end the page is a full one, the year's last issue in it.
    fireEvent.change(year, { target: { value: '2019' } });
    await waitFor(() => expect(firstCells()[0]).toBe('#100'));
    expect(firstCells()).toContain('#98');
  });

  it('keeps the page shown when the curator comes back from an issue, whose neighbours come from the index', async () => {
    const archive = await archiveOn(600);
    render(<ArchiveView archive={archive} fileNamePattern="kubelist-{number}.md" />);
    await archive.load();
    await archive.older();
    expect(screen.getByRole('status').textContent).toBe('Issues 101–200 of 600');
    counter = countReads();
    await archive.open(450);
    counter.stop();
    expect(screen.getByRole('status').textContent).toBe('');
    // The issue, its 3 items, and one issue on either side.
    expect(counter.recordsOf('issues')).toBeLessThanOrEqual(3);
    expect(counter.recordsOf('items')).toBe(3);
    const nav = await screen.findByRole('navigation', { name: 'Archive' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#archive', '#archive/449', '#archive/451']);

    archive.close();
    await archive.load();
    await waitFor(() => expect(firstCells()[0]).toBe('#500'));
  });

  it('shows all of a small archive on one page, with no pager', async () => {
    const archive = await archiveOn(40);
    render(<ArchiveView archive={archive} fileNamePattern="kubelist-{number}.md" />);
    await archive.load();
    await waitFor(() => expect(bodyRows()).toHaveLength(40));
    expect(screen.queryByRole('navigation', { name: 'Archive pages' })).toBeNull();
  });
});
