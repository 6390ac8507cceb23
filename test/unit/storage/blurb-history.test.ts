import { describe, expect, it } from 'vitest';
import { historyEntry } from '../../../src/core/emoji-suggest';
import { planImport, previewImport } from '../../../src/core/import';
import { parseIssue } from '../../../src/core/kubelist';
import { addItem, type CuratorDatabase, type IssueRecord, type ItemRecord, importIssues, openCuratorDb } from '../../../src/storage';
import { RECENT_ISSUES, recentBlurbs } from '../../../src/storage/blurb-history';
import { itWithArchive, readArchive } from '../../fixtures/archive';

let dbCount = 0;
const freshDb = () => openCuratorDb(`blurb-history-${++dbCount}`);

function issue(id: string, number: number, status: IssueRecord['status'] = 'published'): IssueRecord {
  return { id, status, number, date: '2021-07-14', headline: '', intro: '', createdAt: 0, updatedAt: 0 };
}

function item(issueId: string, position: number, title: string, commentary: string): ItemRecord {
  const id = `${issueId}-${position}`;
  return { id, issueId, position, title, url: `https://example.com/${id}`, urlKey: `example.com/${id}`, commentary, addedAt: 0, updatedAt: 0 };
}

async function seed(db: CuratorDatabase, issues: IssueRecord[], items: ItemRecord[]) {
  for (const record of issues) await db.put('issues', record);
  for (const record of items) await db.put('items', record);
}

describe('recentBlurbs', () => {
  it('reads published blurbs that end with emoji, newest issue first, items in order', async () => {
    const db = await freshDb();
    await seed(
      db,
      [issue('old', 1), issue('new', 2)],
      [
        item('old', 0, 'Falco', 'Runtime security. 🔒'),
        item('new', 1, 'Second', 'Then this.🎛⚡'),
        item('new', 0, 'First', 'Read this first 👀'),
        item('new', 2, 'Tweet of the week', 'No emoji here.'),
      ],
    );
    expect(await recentBlurbs(db)).toEqual([
      { text: 'First\nRead this first', emoji: ['👀'] },
      { text: 'Second\nThen this.', emoji: ['🎛', '⚡'] },
      { text: 'Falco\nRuntime security.', emoji: ['🔒'] },
    ]);
  });

  it('leaves out the draft, whose blurbs are still being written', async () => {
    const db = await freshDb();
    await seed(db, [issue('pub', 1), issue('draft', 2, 'draft')], [item('pub', 0, 'A', 'a 🎉'), item('draft', 0, 'B', 'b 🚀')]);
    expect(await recentBlurbs(db)).toEqual([{ text: 'A\na', emoji: ['🎉'] }]);
  });

  it('stops at the limit, keeping the most recent', async () => {
    const db = await freshDb();
    const issues = [1, 2, 3].map((n) => issue(`i${n}`, n));
    const items = issues.flatMap(({ id }) => [item(id, 0, id, 'one 🎉'), item(id, 1, id, 'two 🚀')]);
    await seed(db, issues, items);
    expect((await recentBlurbs(db, 3)).map((entry) => entry.text)).toEqual(['i3\none', 'i3\ntwo', 'i2\none']);
  });

  it(`reads only the latest ${RECENT_ISSUES} published issues, however many there are`, async () => {
    const db = await freshDb();
    const issues = Array.from({ length: RECENT_ISSUES + 10 }, (_, i) => issue(`i${i + 1}`, i + 1));
    await seed(
      db,
      issues,
      issues.map(({ id }) => item(id, 0, id, 'one 🎉')),
    );
    const texts = (await recentBlurbs(db)).map((entry) => entry.text);
    expect(texts).toHaveLength(RECENT_ISSUES);
    expect(texts.at(0)).toBe(`i${RECENT_ISSUES + 10}\none`);
    expect(texts.at(-1)).toBe('i11\none');
  });

  it('reads every issue of a number once, however the reads are cut', async () => {
    const db = await freshDb();
    const issues = Array.from({ length: 30 }, (_, i) => issue(`i${i}`, Math.floor(i / 3) + 1));
    await seed(
      db,
      issues,
      issues.map(({ id }) => item(id, 0, id, 'one 🎉')),
    );
    const texts = (await recentBlurbs(db)).map((entry) => entry.text).sort();
    expect(texts).toEqual(issues.map(({ id }) => `${id}\none`).sort());
  });

  // The popup reads its history as it opens; Add, a write to the same stores, waited for all of it.
  it('lets a write to the draft in while it reads', async () => {
    const db = await freshDb();
    const issues = Array.from({ length: 60 }, (_, i) => issue(`i${i + 1}`, i + 1));
    await seed(
      db,
      issues,
      issues.map(({ id }) => item(id, 0, id, 'one 🎉')),
    );
    const done: string[] = [];
    const reading = recentBlurbs(db).then(() => done.push('read'));
    await Promise.all([reading, addItem(db, { title: 'New', url: 'https://example.com/new', commentary: '' }).then(() => done.push('added'))]);
    expect(done).toEqual(['added', 'read']);
  });

  it('is empty for a new curator', async () => {
    expect(await recentBlurbs(await freshDb())).toEqual([]);
  });

  itWithArchive('reads the whole imported archive: 255 blurbs that end with emoji', async () => {
    const db = await freshDb();
    const archive = readArchive();
    const sources = [...archive].map(([n, text]) => ({ key: String(n), name: `kubelist-${n}.md`, text }));
    await importIssues(db, planImport(previewImport(sources, []), {}));
    const expected = [...archive.keys()]
      .sort((a, b) => b - a)
      .flatMap((n) => parseIssue(archive.get(n)!).issue.items.flatMap((i) => historyEntry(i.title, i.commentary) ?? []));
    const blurbs = await recentBlurbs(db);
    expect(blurbs).toHaveLength(255);
    expect(blurbs).toEqual(expected);
  });
});
