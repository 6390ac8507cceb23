// Guards the re-keying on open: keys made by earlier URL rules must not hide links from
// "already featured", and a database already at today's rules must not be rewritten.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, readBackup } from '../../../src/core/backup';
import { URL_KEY_VERSION } from '../../../src/core/cleanup';
import { findFeatured, loadClipDraft, openCuratorDb, restoreBackup } from '../../../src/storage';
import type { ClipRecord, CuratorDb, IssueRecord, ItemRecord } from '../../../src/storage/schema';
import { oldDatabase, V3_RECORDS } from '../../fixtures/old-databases';

let count = 0;
const name = () => `url-keys-${++count}`;

const issue: IssueRecord = { id: 'i93', status: 'published', number: 93, date: '2020-12-02', headline: 'H', intro: '', createdAt: 1, updatedAt: 1 };
/** As rules without `instagram-share` keyed it: `igshid` kept. */
const staleItem: ItemRecord = {
  id: 'a',
  issueId: 'i93',
  position: 0,
  title: 'Shared photo',
  url: 'https://www.instagram.com/p/Cx1/?igshid=abc',
  urlKey: 'instagram.com/p/Cx1?igshid=abc',
  commentary: '',
  addedAt: 5,
  updatedAt: 5,
};
const staleClip: ClipRecord = {
  urlKey: 'example.com/half?igshid=abc',
  title: 'Half',
  url: 'https://example.com/half',
  commentary: 'Half a thou',
  updatedAt: 9,
};

/** A current database holding `records` and this URL key version (none: from before versions). */
async function databaseWith(dbName: string, version: number | null, items: ItemRecord[], clips: ClipRecord[] = []) {
  (await openCuratorDb(dbName)).close();
  const db = await openDB<CuratorDb>(dbName);
  await db.put('issues', issue);
  for (const item of items) await db.put('items', item);
  for (const clip of clips) await db.put('clips', clip);
  if (version === null) await db.delete('meta', 'url-key-version');
  else await db.put('meta', { key: 'url-key-version', version });
  db.close();
}

describe('URL keys on open', () => {
  it('keys made by earlier rules are remade, so "already featured" finds those links', async () => {
    const dbName = name();
    await databaseWith(dbName, URL_KEY_VERSION - 1, [staleItem], [staleClip]);
    const db = await openCuratorDb(dbName);
    expect(await findFeatured(db, 'https://instagram.com/p/Cx1')).toEqual([{ status: 'published', number: 93, date: '2020-12-02', title: 'Shared photo' }]);
    expect(await db.get('items', 'a')).toEqual({ ...staleItem, urlKey: 'instagram.com/p/Cx1' });
    expect(await loadClipDraft(db, 'https://example.com/half')).toEqual({ ...staleClip, urlKey: 'example.com/half' });
    expect(await db.count('clips')).toBe(1);
    expect(await db.get('meta', 'url-key-version')).toEqual({ key: 'url-key-version', version: URL_KEY_VERSION });
    db.close();
  });

  it('a database from before key versions is re-keyed too', async () => {
    const dbName = name();
    await oldDatabase(dbName, 3, { ...V3_RECORDS, items: [staleItem] });
    const db = await openCuratorDb(dbName);
    expect(await findFeatured(db, 'https://www.instagram.com/p/Cx1/')).toHaveLength(1);
    db.close();
  });

  it('two blurbs that now share a key keep the one typed last', async () => {
    const dbName = name();
    const older = { ...staleClip, urlKey: 'example.com/half?utm_source=x', commentary: 'older', updatedAt: 3 };
    await databaseWith(dbName, URL_KEY_VERSION - 1, [], [staleClip, older]);
    const db = await openCuratorDb(dbName);
    expect(await db.getAll('clips')).toEqual([{ ...staleClip, urlKey: 'example.com/half' }]);
    db.close();
  });

  it('a database whose keys are at today’s version is not rewritten', async () => {
    const dbName = name();
    // A key no rule would make: were the items scanned, it would be replaced.
    await databaseWith(dbName, URL_KEY_VERSION, [staleItem], [staleClip]);
    const db = await openCuratorDb(dbName);
    expect(await db.get('items', 'a')).toEqual(staleItem);
    expect(await db.getAll('clips')).toEqual([staleClip]);
    db.close();
  });

  it('a restore keys the backup’s blurbs by today’s rules and records the version', async () => {
    const dbName = name();
    await databaseWith(dbName, null, []);
    const file = {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_VERSION,
      exportedAt: '2026-05-06T00:00:00.000Z',
      data: { issues: [issue], items: [staleItem], clips: [staleClip], settings: null },
    };
    const reading = readBackup(JSON.stringify(file));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    // Opened as is: openCuratorDb would record the version itself.
    const raw = await openDB<CuratorDb>(dbName);
    await restoreBackup(raw, reading.file.data, 'replace');
    expect(await raw.get('meta', 'url-key-version')).toEqual({ key: 'url-key-version', version: URL_KEY_VERSION });
    expect(await raw.get('clips', 'example.com/half')).toEqual({ ...staleClip, urlKey: 'example.com/half' });
    raw.close();
  });
});
