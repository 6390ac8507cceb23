// The pool of collected links in backups: written, checked, merged and restored as pool links.
import { describe, expect, it } from 'vitest';
import { type BackupData, type BackupReading, countBackup, makeBackup, mergeData, readBackup, readBackupLines } from '../../../src/core/backup';
import { DEFAULT_SETTINGS, POOL_ISSUE_ID } from '../../../src/core/model';
import { addItem, type CuratorDatabase, listPool, loadDraft, openCuratorDb, restoreBackup, saveForLater, updateDraft, writeBackup } from '../../../src/storage';

let dbCount = 0;
const freshDb = () => openCuratorDb(`pool-backup-${++dbCount}`);
const link = (n: number) => ({ title: `Link ${n}`, url: `https://example.com/${n}`, commentary: `Blurb ${n} 🔊` });
const NOW = Date.UTC(2026, 10, 30, 9);

async function everything(db: CuratorDatabase) {
  return { issues: await db.getAll('issues'), items: await db.getAll('items'), clips: await db.getAll('clips') };
}

/** Reads a backup file the way the Backup section does: a line at a time, or whole. */
function readFile(text: string): BackupReading {
  const reader = readBackupLines();
  for (const line of text.split('\n')) {
    if (!reader.line(line)) return readBackup(text);
    if (reader.settled) return reader.settled;
  }
  return reader.end() ?? readBackup(text);
}

const pooled = (id: string, addedAt = NOW) => ({
  id,
  issueId: POOL_ISSUE_ID,
  position: 0,
  title: `Pooled ${id}`,
  url: `https://pool.example/${id}`,
  commentary: '',
  note: '',
  addedAt,
  updatedAt: addedAt,
  urlKey: `pool.example/${id}`,
});
const draft = { id: 'd', status: 'draft' as const, number: 5, date: '', headline: '', intro: '', createdAt: 1, updatedAt: 1 };

describe('the pool in backups', () => {
  it('is written by the backup and restored from it as pool links, into a fresh profile', async () => {
    const db = await freshDb();
    const { issue } = await loadDraft(db);
    await updateDraft(db, issue.id, { headline: 'Week 48' });
    await addItem(db, link(1));
    await saveForLater(db, link(2), NOW);
    await saveForLater(db, { ...link(3), note: 'for the intro' }, NOW + 1);
    const text = await (await writeBackup(db, NOW)).text();
    const reading = readFile(text);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(countBackup(reading.file.data)).toMatchObject({ draft: { number: issue.number, items: 1 }, pooled: 2, archivedItems: 0 });

    for (const mode of ['merge', 'replace'] as const) {
      const fresh = await freshDb();
      await loadDraft(fresh);
      await restoreBackup(fresh, reading.file.data, mode);
      expect(await everything(fresh)).toEqual(await everything(db));
      expect((await listPool(fresh)).links.map((l) => [l.title, l.note])).toEqual([
        ['Link 3', 'for the intro'],
        ['Link 2', ''],
      ]);
    }
  });

  it('is accepted without an issue record, while an item of any other unknown issue is refused', () => {
    const data: BackupData = { issues: [draft], items: [pooled('a'), { ...pooled('b'), issueId: 'gone' }], clips: [], settings: DEFAULT_SETTINGS };
    const reading = readBackup(JSON.stringify(makeBackup(data, NOW)));
    expect(reading).toMatchObject({ ok: false, problems: [{ path: '$.data.items[1].issueId', code: 'unknownIssue', issueId: 'gone' }] });
    expect(readBackup(JSON.stringify(makeBackup({ ...data, items: [pooled('a')] }, NOW)))).toMatchObject({ ok: true });
  });

  it('refuses an issue that takes the pool’s id', () => {
    const data: BackupData = { issues: [{ ...draft, id: POOL_ISSUE_ID }], items: [pooled('a')], clips: [], settings: DEFAULT_SETTINGS };
    const reading = readBackup(JSON.stringify(makeBackup(data, NOW)));
    expect(reading).toMatchObject({ ok: false, problems: [{ path: '$.data.issues[0].id', fault: { code: 'reservedId' } }] });
  });

  it('merges by id: links from both sides are kept in the pool, the newer edit of one link wins', () => {
    const here: BackupData = { issues: [draft], items: [pooled('a'), pooled('b')], clips: [], settings: DEFAULT_SETTINGS };
    const edited = { ...pooled('b'), title: 'Edited', updatedAt: NOW + 5 };
    const theirs: BackupData = { issues: [draft], items: [edited, pooled('c')], clips: [], settings: DEFAULT_SETTINGS };
    const merged = mergeData(here, theirs);
    expect(merged.data.items.map((item) => [item.id, item.issueId, item.title])).toEqual([
      ['a', POOL_ISSUE_ID, 'Pooled a'],
      ['b', POOL_ISSUE_ID, 'Edited'],
      ['c', POOL_ISSUE_ID, 'Pooled c'],
    ]);
    // The merged data is what the next backup writes: it must read back.
    expect(readBackup(JSON.stringify(makeBackup(merged.data, NOW)))).toMatchObject({ ok: true });
  });
});
