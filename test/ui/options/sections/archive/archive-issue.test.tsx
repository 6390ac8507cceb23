// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { ArchiveView } from '../../../../../options/sections/archive/ArchiveView';
import { createArchiveStore } from '../../../../../options/sections/archive/archive-store';
import { parseIssue } from '../../../../../src/core/kubelist';
import { getIssueWithItems, importIssues, listArchive, openCuratorDb, publishedCount, readArchiveBatch } from '../../../../../src/storage';
import { archiveText, describeWithArchive } from '../../../../fixtures/archive';

// happy-dom is no DOM DOMPurify trusts (render-issue.test.ts): here a stand-in renderer marks what
// went through it, so the test sees which texts the view renders. The sanitizing itself is checked
// in real Chromium (test/e2e/archive-import.test.ts).
vi.mock('../../../../../src/ui/render-issue', () => ({ renderIssueHtml: (markdown: string) => `<p data-rendered="">${markdown}</p>` }));

let dbCount = 0;
async function openArchived(number: number) {
  const db = await openCuratorDb(`archive-issue-${++dbCount}`);
  await importIssues(db, { entries: [{ issue: parseIssue(archiveText(number)).issue, onConflict: 'skip' }] });
  const archive = createArchiveStore({
    listArchive: () => listArchive(db),
    getIssue: (n) => getIssueWithItems(db, n),
    readArchiveBatch: (start) => readArchiveBatch(db, start),
    publishedCount: () => publishedCount(db),
    download: () => undefined,
  });
  render(<ArchiveView archive={archive} fileNamePattern="kubelist-{number}.md" />);
  await archive.open(number);
  return archive;
}

afterEach(cleanup);

// Regression (issue 12, item 6): #archive/117 showed `<a href="…">Kubelist Podcast</a>` as text.
describeWithArchive('an archived issue', () => {
  it('shows its intro and blurbs rendered, not their markup as text', async () => {
    await openArchived(117);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('link', { name: 'Kubelist Podcast' }).getAttribute('href')).toBe('https://kubelist.com/podcast');
    expect(article.textContent).not.toContain('<a href');
    const blurbs = within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem');
    expect(blurbs.map((item) => item.querySelector('[data-rendered]')?.textContent)).toEqual(
      parseIssue(archiveText(117)).issue.items.map((item) => item.commentary),
    );
    expect(screen.getByRole('button', { name: 'As readers see it' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the markdown of the intro and blurbs one click away, and back', async () => {
    const archive = await openArchived(117);
    await screen.findByRole('article');
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(archive.store.get().showMarkdown).toBe(true);
    const article = screen.getByRole('article');
    expect(within(article).queryByRole('link', { name: 'Kubelist Podcast' })).toBeNull();
    expect(article.querySelector('.intro')!.textContent).toContain('the <a href="https://kubelist.com/podcast">Kubelist Podcast</a>, I had');
    expect(article.querySelector('[data-rendered]')).toBeNull();
    // The item titles stay links to the articles in both views.
    expect(within(article).getByRole('link', { name: 'How We Use Backstage at Spotify' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'As readers see it' }));
    expect(within(screen.getByRole('article')).getByRole('link', { name: 'Kubelist Podcast' })).toBeTruthy();
  });
});
