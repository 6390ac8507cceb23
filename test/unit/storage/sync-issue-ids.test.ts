import { expect, it } from 'vitest';
import { standInBlob } from '../../../src/core/sync';
import {
  editPublishedIssue,
  exportBackup,
  getIssueWithItems,
  loadSettings,
  openCuratorDb,
  readSyncSide,
  rememberSyncSide,
  restoreBackup,
  saveSettings,
} from '../../../src/storage';
import { importPublished, publishedIssue } from '../../fixtures/published-issue';

let dbs = 0;
const issue = (number: number) => publishedIssue(number, { blurb: 'B' });
const always = () => true;
/** Issue numbers read as stand-ins (their files remembered), the rest formatted. */
const standIns = async (db: Awaited<ReturnType<typeof openCuratorDb>>) =>
  [...(await readSyncSide(db, always)).state.issueFiles].filter(([, text]) => standInBlob(text) !== null).map(([path]) => path);
/** Remembers every issue file as read now, under a made-up id per path. */
async function rememberAll(db: Awaited<ReturnType<typeof openCuratorDb>>) {
  const side = await readSyncSide(db);
  await rememberSyncSide(db, side, new Map([...side.state.issueFiles.keys()].map((path, i) => [path, String(i).padStart(40, '0')])));
}

it('remembers an issue file only while what it is made from is the same: an edit, a restore, a setting, a broken record all format again', async () => {
  const db = await openCuratorDb(`sync-issue-ids-${++dbs}`);
  await importPublished(db, [issue(1), issue(2)]);
  expect(await standIns(db)).toEqual([]);
  await rememberAll(db);
  expect(await standIns(db)).toEqual(['issues/kubelist-1.md', 'issues/kubelist-2.md']);
  // Only where the repository and the last sync hold that blob at that path.
  expect([...(await readSyncSide(db, () => false)).state.issueFiles.values()].every((text) => standInBlob(text) === null)).toBe(true);
  expect((await readSyncSide(db, ({ path }) => path.endsWith('-2.md'))).state.issueFiles.get('issues/kubelist-2.md')).toBe(
    `\u0000blob ${'1'.padStart(40, '0')}`,
  );

  const backup = (await exportBackup(db)).data;
  const one = (await getIssueWithItems(db, 1))!;
  await editPublishedIssue(db, one.issue.id, { issue: { headline: 'Issue 1, fixed' }, items: [] });
  expect(await standIns(db)).toEqual(['issues/kubelist-2.md']);
  expect((await readSyncSide(db, always)).state.issueFiles.get('issues/kubelist-1.md')).toContain('Issue 1, fixed');

  await rememberAll(db);
  await restoreBackup(db, backup, 'replace');
  expect(await standIns(db)).toEqual(['issues/kubelist-2.md']);
  expect((await readSyncSide(db, always)).state.issueFiles.get('issues/kubelist-1.md')).not.toContain('fixed');

  await rememberAll(db);
  await saveSettings(db, { ...(await loadSettings(db)), issueUrlBase: 'https://news.example/issues/' });
  expect(await standIns(db)).toEqual([]);

  await rememberAll(db);
  await db.put('meta', { key: 'sync-issue-files', files: 'not a list' as never });
  expect(await standIns(db)).toEqual([]);
});
