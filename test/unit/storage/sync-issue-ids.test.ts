import { expect, it } from 'vitest';
import { standInBlob } from '../../../src/core/sync';
import {
  addItem,
  editPublishedIssue,
  exportBackup,
  getIssueWithItems,
  loadSettings,
  openCuratorDb,
  readSyncSide,
  rememberSyncSide,
  restoreBackup,
  saveForLater,
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

it("reads every issue's own items when it reads their items many issues at a time, and the draft's and the pool's apart", async () => {
  const db = await openCuratorDb(`sync-issue-ids-${++dbs}`);
  // More issues than one read takes, so items are read in several stretches of issue ids.
  const many = Array.from({ length: 1_203 }, (_, i) => ({
    ...publishedIssue(i + 1),
    items: Array.from({ length: 1 + (i % 3) }, (_, n) => ({ title: `Link ${n} of issue ${i + 1}`, url: `https://a.example/${i + 1}/${n}`, commentary: 'B' })),
  }));
  await importPublished(db, many);
  await addItem(db, { title: 'In the draft', url: 'https://draft.example/', commentary: '' });
  await saveForLater(db, { title: 'Collected', url: 'https://pool.example/', commentary: '' });
  const { state, files } = await readSyncSide(db);
  expect(files).toHaveLength(many.length);
  expect(state.items.map((item) => item.title)).toEqual(['In the draft']);
  expect(state.pool.map((item) => item.title)).toEqual(['Collected']);
  for (const issue of many) {
    const text = state.issueFiles.get(`issues/kubelist-${issue.number}.md`) ?? '';
    const listed = [...text.matchAll(/\[(Link \d+ of issue \d+)\]/g)].map((match) => match[1]);
    expect(listed).toEqual(issue.items.map((item) => item.title));
  }
});
