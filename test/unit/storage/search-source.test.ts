import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../src/core/kubelist';
import { addItem, importIssues, loadDraft, loadSearchSource, moveItem, openCuratorDb } from '../../../src/storage';
import { archiveText as archived, itWithArchive } from '../../fixtures/archive';

let dbCount = 0;

describe('loadSearchSource', () => {
  itWithArchive('reads the draft and every published issue, each with its items in order', async () => {
    const db = await openCuratorDb(`search-source-${++dbCount}`);
    await importIssues(db, { entries: [116, 117].map((n) => ({ issue: parseIssue(archived(n)).issue, onConflict: 'skip' as const })) });
    const { issue: draft } = await loadDraft(db);
    const first = await addItem(db, { title: 'First', url: 'https://a.example/', commentary: 'one' });
    await addItem(db, { title: 'Second', url: 'https://b.example/', commentary: 'two' });
    await moveItem(db, first.id, 1);

    const source = await loadSearchSource(db);
    expect(source.map(({ number, status }) => `${status} ${number}`).sort()).toEqual([`draft ${draft.number}`, 'published 116', 'published 117']);
    const drafted = source.find((issue) => issue.status === 'draft')!;
    expect(drafted.items.map(({ title, position }) => [title, position])).toEqual([
      ['Second', 0],
      ['First', 1],
    ]);
    expect(drafted.items[1]).toEqual({ id: first.id, position: 1, title: 'First', url: 'https://a.example/', commentary: 'one' });
    const issue117 = source.find((issue) => issue.number === 117)!;
    expect(issue117).toMatchObject({ status: 'published', date: '2021-03-03', headline: 'Backstage (from Spotify) 🔊' });
    expect(issue117.items.map((item) => item.title)).toEqual(parseIssue(archived(117)).issue.items.map((item) => item.title));
  });

  it('reads nothing from an empty database, and creates nothing', async () => {
    const db = await openCuratorDb(`search-source-${++dbCount}`);
    expect(await loadSearchSource(db)).toEqual([]);
    expect(await db.count('issues')).toBe(0);
  });
});
