import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BackupData, makeBackup, readBackup } from '../../../src/core/backup';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { BACKUP_BATCH, listSnapshots, loadDraft, loadSnapshot, openCuratorDb, restoreBackup, writeBackup } from '../../../src/storage';
import { readBackupBatches } from '../../../src/storage/backup-batches';

let dbCount = 0;
const freshDb = () => openCuratorDb(`backup-batches-${++dbCount}`);

/** `issues` published issues of `perIssue` items each, and a draft. */
function generated(issues: number, perIssue: number): BackupData {
  const data: BackupData = { issues: [], items: [], clips: [], settings: DEFAULT_SETTINGS };
  for (let n = 1; n <= issues + 1; n++) {
    const id = `issue-${String(n).padStart(6, '0')}`;
    const draft = n === issues + 1;
    data.issues.push({
      id,
      status: draft ? 'draft' : 'published',
      number: n,
      date: draft ? '' : '2021-01-06',
      headline: `Issue ${n}`,
      intro: '',
      createdAt: 1,
      updatedAt: 1,
    });
    for (let i = 0; i < (draft ? 2 : perIssue); i++) {
      data.items.push({
        id: `${id}-item-${i}`,
        issueId: id,
        position: i,
        title: `Link ${n}.${i}`,
        url: `https://example.com/${n}/${i}`,
        urlKey: `example.com/${n}/${i}`,
        commentary: 'Blurb',
        addedAt: 1,
        updatedAt: 1,
      });
    }
  }
  return data;
}

afterEach(() => vi.restoreAllMocks());

describe('backups in batches', () => {
  it('read each store a batch at a time by key range, telling how many records are done after each', async () => {
    const db = await freshDb();
    await restoreBackup(db, generated(4, 2), 'merge');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const batches: { store: string; ids: string[] }[] = [];
    const tx = db.transaction(['issues', 'items', 'clips', 'meta'], 'readonly');
    await readBackupBatches(
      tx,
      {
        start: (_, total) => batches.push({ store: 'start', ids: [String(total)] }),
        batch: ({ store, records }) => batches.push({ store, ids: records.map((r) => ('id' in r ? r.id : r.urlKey)) }),
      },
      3,
    );
    // 5 issues and 10 items: every request asks for at most 3, after the last key it had.
    expect(batches.map((b) => [b.store, b.ids.length])).toEqual([
      ['start', 1],
      ['issues', 3],
      ['issues', 2],
      ['items', 3],
      ['items', 3],
      ['items', 3],
      ['items', 1],
      ['clips', 0],
    ]);
    expect(batches[0]!.ids).toEqual(['15']);
    expect(getAll.mock.calls.every(([, count]) => count === 3)).toBe(true);
    expect(getAll.mock.calls[1]![0]).toMatchObject({ lower: 'issue-000003', lowerOpen: true });
  });

  it('write the file with no indentation, a record per line, and restore it exactly', async () => {
    const db = await freshDb();
    const data = generated(3, 2);
    await restoreBackup(db, data, 'replace');
    const progress: number[][] = [];
    const file = await writeBackup(db, Date.UTC(2026, 11, 2), (done, total) => progress.push([done, total]));
    const text = await file.text();
    expect(text).not.toMatch(/\n\s/);
    // The envelope, the settings, each store's opening and closing line, a line per record, and the end.
    expect(text.split('\n')).toHaveLength(2 + 3 * 2 + data.issues.length + data.items.length + 1);
    expect(progress.at(-1)).toEqual([12, 12]);
    expect(readBackup(text)).toMatchObject({ ok: true, file: makeBackup(data, Date.UTC(2026, 11, 2)) });
  });

  it('restore in chunks, the next issued when the last succeeded, reporting progress to the end', async () => {
    const db = await freshDb();
    const data = generated(300, 4);
    const progress: [number, number][] = [];
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await restoreBackup(db, data, 'merge', 1000, (done, total) => progress.push([done, total]));
    const records = data.issues.length + data.items.length;
    expect(put.mock.calls.length).toBeGreaterThan(BACKUP_BATCH);
    expect(progress.length).toBeGreaterThanOrEqual(Math.ceil(records / BACKUP_BATCH));
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1]![0])).toBe(true);
    expect((await loadDraft(db)).items).toHaveLength(2);
  });

  it('plan a large restore in steps inside its transaction, a read of it between steps, and still write everything at once', async () => {
    const db = await freshDb();
    await restoreBackup(db, generated(500, 4), 'replace', 1000);
    const newer = generated(1_000, 4);
    for (const item of newer.items) Object.assign(item, { title: `${item.title}, edited`, updatedAt: 2 });
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const { plan } = await restoreBackup(db, newer, 'merge', 2000);
    // Over 8,000 records walked: the plan yielded several times, each time to a read of the
    // restore's own transaction (awaiting anything else would have let it commit half-done).
    expect(get.mock.calls.filter(([key]) => key === 'settings').length).toBeGreaterThanOrEqual(4);
    const published = newer.items.filter((item) => item.issueId !== newer.issues.at(-1)!.id);
    expect(plan.changes.items.added + plan.changes.items.updated).toBeGreaterThanOrEqual(published.length);
    const stored = await db.getAll('items');
    const byId = new Map(stored.map((item) => [item.id, item]));
    expect(published.every((item) => byId.get(item.id)?.title === item.title)).toBe(true);
  });

  it('"Replace" keeps its snapshot as a Blob of a backup file (with its item count), which restores', async () => {
    const db = await freshDb();
    const data = generated(5, 3);
    await restoreBackup(db, data, 'replace', 1000);
    const { snapshotId } = await restoreBackup(db, generated(1, 1), 'replace', 2000);
    const stored = await db.get('snapshots', snapshotId!);
    expect(stored?.file).toBeInstanceOf(Blob);
    expect(await listSnapshots(db)).toContainEqual({ id: snapshotId, takenAt: 2000, items: data.items.length });
    const reading = readBackup(await (await loadSnapshot(db, snapshotId!))!.text());
    expect(reading).toMatchObject({ ok: true, file: { data: { issues: data.issues, items: data.items } } });
  });

  it('keep reading snapshots taken before they were Blobs', async () => {
    const db = await freshDb();
    const data = generated(2, 2);
    await db.put('snapshots', { id: 'old', takenAt: 5, file: makeBackup(data, 5) });
    expect(await listSnapshots(db)).toEqual([{ id: 'old', takenAt: 5, items: data.items.length }]);
    const reading = readBackup(await (await loadSnapshot(db, 'old'))!.text());
    expect(reading).toMatchObject({ ok: true, file: { data: { items: data.items } } });
  });
});
