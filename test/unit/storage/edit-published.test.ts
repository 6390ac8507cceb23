import { describe, expect, it } from 'vitest';
import { addItem, editPublishedIssue, findFeatured, getIssueWithItems, loadDraft, openCuratorDb, publishDraft, updateDraft } from '../../../src/storage';

let dbCount = 0;
const NOW = Date.UTC(2026, 11, 2, 9);

/** A database with issue #1 published: "Teh headline", two items. */
async function published() {
  const db = await openCuratorDb(`edit-published-${++dbCount}`);
  const draft = await loadDraft(db, NOW);
  await updateDraft(db, draft.issue.id, { number: 1, date: '2026-12-01', headline: 'Teh headline', intro: 'Hello' });
  await addItem(db, { title: 'Frist link', url: 'https://example.com/one', commentary: 'One' });
  await addItem(db, { title: 'Second link', url: 'https://example.com/two', commentary: 'Two' });
  expect((await publishDraft(db, NOW)).ok).toBe(true);
  const issue = (await getIssueWithItems(db, 1))!;
  return { db, issue };
}

describe('editing a published issue', () => {
  it('writes the corrected words of the issue and its items, and stamps when it was edited', async () => {
    const { db, issue } = await published();
    expect(issue.issue.editedAt ?? 0).toBe(0);
    const [first, second] = issue.items;
    const ok = await editPublishedIssue(
      db,
      issue.issue.id,
      {
        issue: { headline: 'The headline' },
        items: [
          { id: first!.id, title: 'First link' },
          { id: second!.id, url: 'https://example.com/2' },
        ],
      },
      NOW + 1000,
    );
    expect(ok).toBe(true);
    const after = (await getIssueWithItems(db, 1))!;
    expect(after.issue).toMatchObject({ headline: 'The headline', intro: 'Hello', editedAt: NOW + 1000, status: 'published' });
    expect(after.items.map((item) => [item.title, item.url, item.position])).toEqual([
      ['First link', 'https://example.com/one', 0],
      ['Second link', 'https://example.com/2', 1],
    ]);
    // The changed address is what "already featured" finds now.
    expect((await findFeatured(db, 'https://example.com/2')).map((match) => (match.status === 'published' ? match.number : null))).toEqual([1]);
    expect(await findFeatured(db, 'https://example.com/two')).toEqual([]);
  });

  it('refuses the draft, and passes over an item of another issue', async () => {
    const { db, issue } = await published();
    const draft = await loadDraft(db);
    expect(await editPublishedIssue(db, draft.issue.id, { issue: { headline: 'No' }, items: [] })).toBe(false);
    expect((await loadDraft(db)).issue.headline).toBe('');
    const other = await addItem(db, { title: 'Draft item', url: '', commentary: '' });
    expect(await editPublishedIssue(db, issue.issue.id, { issue: {}, items: [{ id: other.id, title: 'Moved?' }] })).toBe(true);
    expect((await loadDraft(db)).items.map((item) => item.title)).toEqual(['Draft item']);
  });

  it('refuses an unsafe address, writing nothing', async () => {
    const { db, issue } = await published();
    await expect(
      editPublishedIssue(db, issue.issue.id, { issue: { headline: 'X' }, items: [{ id: issue.items[0]!.id, url: 'javascript:alert(1)' }] }),
    ).rejects.toThrow();
    expect((await getIssueWithItems(db, 1))!.issue.headline).toBe('Teh headline');
  });
});
