// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArchiveView } from '../../../../../options/sections/archive/ArchiveView';
import { createArchiveStore } from '../../../../../options/sections/archive/archive-store';
import { parseIssue } from '../../../../../src/core/kubelist';
import { archivePage, getIssueWithItems, importIssues, openCuratorDb } from '../../../../../src/storage';
import { archiveDeps } from '../../../../fakes/archive-deps';
import { syntheticIssue } from '../../../../fixtures/synthetic-issues';

// As in archive-issue.test.tsx: happy-dom is no DOM DOMPurify trusts; a stand-in renderer.
vi.mock('../../../../../src/ui/render-issue', () => ({ renderIssueHtml: (markdown: string) => `<p data-rendered="">${markdown}</p>` }));

afterEach(cleanup);

describe('a published issue reopened to fix a typo', () => {
  it('saves the corrected headline and item to the archived records, says when it was edited, and exports the correction', async () => {
    const db = await openCuratorDb('archive-edit-1');
    const issue = parseIssue(syntheticIssue(150)).issue;
    await importIssues(db, { entries: [{ issue: { ...issue, headline: 'Teh headline' }, onConflict: 'skip' }] });
    const archive = createArchiveStore(archiveDeps(db));
    render(<ArchiveView archive={archive} fileNamePattern="kubelist-{number}.md" />);
    await archive.open(150);
    expect(screen.queryByText(/edited on/)).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Headline'), { target: { value: 'The headline' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Item 1 title' }), { target: { value: 'A corrected title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Issue #150 saved; its export is updated.'));
    const stored = (await getIssueWithItems(db, 150))!;
    expect(stored.issue.headline).toBe('The headline');
    expect(stored.issue.editedAt).toBeGreaterThan(0);
    expect(stored.items.map((item) => item.title)).toEqual(['A corrected title', ...issue.items.slice(1).map((item) => item.title)]);
    // The view is read-only again, says it was edited, and its export is built from the records.
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(document.getElementById('archived-heading')!.textContent).toMatch(/edited on/);
    await waitFor(() => expect(document.body.textContent).toContain('[A corrected title]'));
    expect((await archivePage(db, { end: 'newest' }, 10)).rows[0]!.editedAt).toBe(stored.issue.editedAt);

    // "Saved" is said once: not while the issue is edited again, nor on the list afterwards.
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Issue #150 saved; its export is updated.'));
    archive.close();
    expect(archive.store.get().status).toBe('');
  });

  it('cancels without writing', async () => {
    const db = await openCuratorDb('archive-edit-2');
    await importIssues(db, { entries: [{ issue: parseIssue(syntheticIssue(151)).issue, onConflict: 'skip' }] });
    const archive = createArchiveStore(archiveDeps(db));
    render(<ArchiveView archive={archive} fileNamePattern="kubelist-{number}.md" />);
    await archive.open(151);
    const before = (await getIssueWithItems(db, 151))!;
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Headline'), { target: { value: 'Not kept' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Headline')).toBeNull();
    expect(await getIssueWithItems(db, 151)).toEqual(before);
  });
});
