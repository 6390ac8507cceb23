// @vitest-environment happy-dom

import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupPanel } from '../../../../../options/sections/backup/BackupPanel';
import { type BackupDeps, createBackupStore } from '../../../../../options/sections/backup/backup-store';
import { BACKUP_VERSION, makeBackup, readBackup } from '../../../../../src/core/backup';
import { DEFAULT_SETTINGS } from '../../../../../src/core/model';
import {
  addItem,
  backupStatus,
  type CuratorDatabase,
  exportBackup,
  listSnapshots,
  loadDraft,
  loadSettings,
  loadSnapshot,
  markBackedUp,
  openCuratorDb,
  previewRestore,
  restoreBackup,
  saveSettings,
  updateDraft,
  writeBackup,
} from '../../../../../src/storage';
import { explainStorageError } from '../../../../../src/storage/errors';
import { speakEnglish, speakGerman } from '../../../german';

// Snapshots are Blobs in IndexedDB. fake-indexeddb stores with Node's structuredClone, which
// keeps Node's Blobs (as a browser's IndexedDB keeps its own) but turns happy-dom's into `{}`.
Object.assign(globalThis, { Blob: NodeBlob, File: NodeFile });

let dbCount = 0;
const NOW = new Date(2026, 4, 6, 9, 30).getTime();
const fixture = (version: number) => readFileSync(join(import.meta.dirname, `../../../../fixtures/backups/v${version}.json`), 'utf8');
const picked = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function renderBackup(failing: Partial<BackupDeps> = {}) {
  const db = await openCuratorDb(`backup-panel-${++dbCount}`);
  const downloads: { name: string; text: string }[] = [];
  const backup = createBackupStore({
    writeBackup: (onProgress) => writeBackup(db, NOW, onProgress),
    markBackedUp: (at) => markBackedUp(db, at),
    backupStatus: () => backupStatus(db),
    previewRestore: (data, mode) => previewRestore(db, data, mode, NOW),
    restore: (data, mode, onProgress) => restoreBackup(db, data, mode, NOW, onProgress),
    listSnapshots: () => listSnapshots(db),
    loadSnapshot: (id) => loadSnapshot(db, id),
    download: (name, blob) => void blob.text().then((text) => downloads.push({ name, text })),
    persistence: async () => 'persisted',
    now: () => NOW,
    ...failing,
  });
  render(<BackupPanel backup={backup} />);
  await backup.load();
  return { db, backup, downloads };
}
const everything = async (db: CuratorDatabase) => ({ issues: await db.getAll('issues'), items: await db.getAll('items'), clips: await db.getAll('clips') });

afterEach(cleanup);

describe('the Backup section', () => {
  it('downloads everything as one file, and then says when', async () => {
    const { db, downloads } = await renderBackup();
    await addItem(db, { title: 'One', url: 'https://example.com/1', commentary: '' }, NOW - 60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Backup downloaded: kubelist-curator-backup-2026-05-06.json.'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({
      format: 'kubelist-curator-backup',
      schemaVersion: BACKUP_VERSION,
      data: { items: [{ title: 'One' }], settings: DEFAULT_SETTINGS },
    });
    await waitFor(() => expect(document.getElementById('last-backup')?.textContent).toBe('Last backup: May 6, 2026, 9:30 AM; nothing added since.'));
  });

  it('writes the file without indentation, a record per line, so it can be read back a line at a time', async () => {
    const { db, backup, downloads } = await renderBackup();
    await addItem(db, { title: 'One', url: 'https://example.com/1', commentary: 'Two\nlines' });
    await backup.download();
    await waitFor(() => expect(downloads).toHaveLength(1));
    const lines = downloads[0]!.text.split('\n');
    expect(lines.some((line) => /^\s/.test(line))).toBe(false);
    expect(lines.filter((line) => line.startsWith('{"id"'))).toHaveLength(2);
  });

  it('shows how far a backup has got as a progress bar, in words in both languages', async () => {
    let finish = (_: Blob) => {};
    const { backup } = await renderBackup({
      writeBackup: (onProgress) => {
        onProgress(250, 1000);
        return new Promise((resolve) => (finish = resolve));
      },
    });
    const download = backup.download();
    const bar = await screen.findByRole('progressbar', { name: 'Preparing the backup…' });
    expect(bar.getAttribute('aria-valuetext')).toBe('25% done');
    speakGerman();
    backup.store.set({ progress: { done: 500, total: 1000 } });
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('50 % erledigt'));
    speakEnglish();
    finish(new Blob(['{}']));
    await download;
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('refuses a file cut short, says why, and changes nothing', async () => {
    const { db, backup } = await renderBackup();
    await addItem(db, { title: 'Mine', url: 'https://example.com/mine', commentary: '' });
    const before = await everything(db);
    const text = await (await writeBackup(db, NOW)).text();
    await backup.chooseFile(picked('cut.json', text.slice(0, text.lastIndexOf('{"id"') + 20)));
    const problems = screen.getByRole('alert', { name: 'Backup problems' });
    expect(problems.textContent).toMatch(/cut\.json was not restored, and nothing was changed/);
    expect(within(problems).getByRole('listitem').textContent).toMatch(/^\$ is not valid JSON/);
    expect(screen.queryByRole('button', { name: 'Confirm restore' })).toBeNull();
    expect(await everything(db)).toEqual(before);
  });

  it('refuses a bad file with every problem and its JSON path, and changes nothing', async () => {
    const { db, backup } = await renderBackup();
    await addItem(db, { title: 'Mine', url: 'https://example.com/mine', commentary: '' });
    const before = await everything(db);
    const bad = fixture(3)
      .replace('"https://blog.example.com/half-read"', '"javascript:alert(1)"')
      .replace('"headline": ""', '"__proto__": {}, "headline": ""');
    await backup.chooseFile(picked('evil.json', bad));
    const problems = screen.getByRole('alert', { name: 'Backup problems' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '$.data.issues[1].__proto__ the key "__proto__" is not allowed (it could change how objects behave)',
      '$.data.issues[1].__proto__ is not a field this kind of record has',
      '$.data.clips[0].url uses the javascript: scheme; only http: and https: links are allowed',
    ]);
    expect(problems.textContent).toMatch(/evil\.json was not restored, and nothing was changed/);
    expect(screen.queryByRole('button', { name: 'Confirm restore' })).toBeNull();
    expect(await everything(db)).toEqual(before);
  });

  it('previews a backup from an earlier version with its date and counts, and merges it on confirm', async () => {
    const { db, backup } = await renderBackup();
    await loadDraft(db); // a fresh profile: the editor made an empty draft
    await backup.chooseFile(picked('old.json', fixture(1)));
    const preview = screen.getByRole('region', { name: 'Restore preview' });
    expect(within(preview).getByText(/by an earlier version \(schema 1\)/).textContent).toMatch(
      /^old\.json, made Dec \d, 2020, \d\d?:00 [AP]M by an earlier version \(schema 1\): 1 published issue \(2 items\), the draft #94 with 1 item, 0 half-written blurbs\.$/,
    );
    expect((screen.getByRole('radio', { name: 'Merge' }) as HTMLInputElement).checked).toBe(true);
    expect(preview.querySelector('#restore-plan')?.textContent).toBe('Issues: 2 added, 0 updated, 1 removed. Items: 3 added, 0 updated, 0 removed.');
    expect(preview.querySelector('#restore-settings')?.textContent).toBe(
      'Settings: the backup holds none (it was made before settings were backed up), so the settings here stay as they are.',
    );
    expect(await db.count('items')).toBe(0); // nothing written before confirming
    fireEvent.click(screen.getByRole('button', { name: 'Confirm restore' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Merged the backup/));
    const draft = await loadDraft(db);
    expect(draft.issue.number).toBe(94);
    expect(draft.items.map((i) => i.title)).toEqual(['“Level 5” operators']);
  });

  it('with "Replace", keeps a snapshot of what was here and offers it for download', async () => {
    const { db, backup, downloads } = await renderBackup();
    await addItem(db, { title: 'Mine', url: 'https://example.com/mine', commentary: '' });
    await backup.chooseFile(picked('v3.json', fixture(3)));
    fireEvent.click(screen.getByRole('radio', { name: 'Replace' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Restore preview' }).querySelector('#restore-plan')?.textContent).toMatch(
        /Items: 3 added, 0 updated, 1 removed/,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm restore' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^Replaced everything with the backup.*A snapshot of what was here is kept below\.$/),
    );
    expect((await loadDraft(db)).items.map((i) => i.title)).toEqual(['“Level 5” operators']);
    await waitFor(() => screen.getByRole('button', { name: 'Download snapshot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download snapshot' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]!.text).data.items.map((i: { title: string }) => i.title)).toEqual(['Mine']);
  });

  it('lists the backup’s settings that can’t be used, restores the rest, and says what happens to the settings in each mode', async () => {
    const { db, backup } = await renderBackup();
    const file = await exportBackup(db, NOW);
    file.data.settings = { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly', fileNamePattern: 'mesh/{number}.md' };
    await backup.chooseFile(picked('mesh.json', JSON.stringify(file)));
    const preview = screen.getByRole('region', { name: 'Restore preview' });
    const problems = within(preview).getByRole('group', { name: "Backup settings that can't be used" });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['$.data.settings.fileNamePattern may not contain “/” (not allowed in file names); the default is used']);
    expect(preview.querySelector('#restore-settings')?.textContent).toBe(
      'Settings: a merge keeps the ones here; the backup’s differ in newsletter name (choose Replace to take them).',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Replace' }));
    await waitFor(() =>
      expect(preview.querySelector('#restore-settings')?.textContent).toBe('Settings: the backup’s replace the ones here (different: newsletter name).'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm restore' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Replaced everything with the backup/));
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly' });
  });

  it('a merge leaves the settings here as they are', async () => {
    const { db, backup } = await renderBackup();
    const file = await exportBackup(db, NOW);
    file.data.settings = { ...DEFAULT_SETTINGS, weekday: 1 };
    await saveSettings(db, { ...DEFAULT_SETTINGS, weekday: 5 });
    await backup.chooseFile(picked('monday.json', JSON.stringify(file)));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm restore' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Merged the backup/));
    expect((await loadSettings(db)).weekday).toBe(5);
  });

  // Regression (issue 12, item 12): the merge made two #50s and no draft, and the next backup was refused.
  it('shows a number clash in the preview, and the restored data backs up and restores again', async () => {
    const { db, backup } = await renderBackup();
    await db.put('issues', { id: 'P', status: 'published', number: 50, date: '2021-01-06', headline: 'Here', intro: '', createdAt: 1, updatedAt: 1 });
    const { issue } = await loadDraft(db, NOW);
    await updateDraft(db, issue.id, { number: 50 }, NOW);
    await addItem(db, { title: 'Mine', url: 'https://example.com/mine', commentary: '' }, NOW);
    const here = await exportBackup(db, NOW);
    const theirs = { ...here.data.issues.find((i) => i.id === issue.id)!, status: 'published' as const, date: '2026-05-06', updatedAt: NOW + 1 };
    const file = makeBackup({ ...here.data, issues: [theirs] }, NOW + 1);
    await backup.chooseFile(picked('published.json', JSON.stringify(file)));
    const preview = screen.getByRole('region', { name: 'Restore preview' });
    expect(within(within(preview).getByRole('list', { name: 'Issue numbers both sides use' })).getByRole('listitem').textContent).toBe(
      'Issue #50 is both here and in the backup, as different issues: the backup’s (the newer) is kept, the one here is left out.',
    );
    expect(within(preview).getByText(/^No draft would be left/).textContent).toBe(
      'No draft would be left, so a new empty draft #51 for 2026-05-13 is started.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm restore' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Merged the backup/));
    const issues = await db.getAll('issues');
    expect(issues.map((i) => [i.status, i.number]).sort()).toEqual([
      ['draft', 51],
      ['published', 50],
    ]);
    expect(readBackup(JSON.stringify(await exportBackup(db, NOW))).ok).toBe(true);
  });

  it('cancels without writing anything', async () => {
    const { db, backup } = await renderBackup();
    await backup.chooseFile(picked('v2.json', fixture(2)));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status').textContent).toBe('Restore cancelled; nothing was changed.');
    expect(screen.queryByRole('region', { name: 'Restore preview' })).toBeNull();
    expect(await db.count('issues')).toBe(0);
  });
});

describe('the Backup section in German', () => {
  afterEach(speakEnglish);

  it('says when, what a file holds and what a restore will do, in German', async () => {
    speakGerman();
    const { db, backup } = await renderBackup();
    await addItem(db, { title: 'Mine', url: 'https://example.com/mine', commentary: '' });
    await backup.load();
    await waitFor(() => expect(document.getElementById('last-backup')?.textContent).toBe('Noch keine Sicherung: 1 Eintrag ist in keiner Sicherung.'));
    await backup.chooseFile(picked('old.json', fixture(1)));
    const preview = screen.getByRole('region', { name: 'Vorschau der Wiederherstellung' });
    expect(preview.querySelector('#restore-summary')?.textContent).toMatch(
      /^old\.json, erstellt am 05\.12\.2020, \d\d:00 von einer früheren Version \(Schema 1\): 1 veröffentlichte Ausgabe \(2 Einträge\), der Entwurf #94 mit 1 Eintrag, 0 angefangene Kurztexte\.$/,
    );
    expect(preview.querySelector('#restore-plan')?.textContent).toBe(
      'Ausgaben: 1 hinzugefügt, 0 aktualisiert, 0 entfernt. Einträge: 3 hinzugefügt, 0 aktualisiert, 0 entfernt.',
    );
    // The backup's draft joins the draft here, which already has an item.
    expect(within(preview).getByText(/^Der Entwurf der Sicherung/).textContent).toBe(
      'Der Entwurf der Sicherung hatte 1 Eintrag, der diesem fehlte: Er wurde am Ende angefügt.',
    );
    expect(preview.querySelector('#restore-settings')?.textContent).toBe(
      'Einstellungen: Die Sicherung enthält keine (sie wurde erstellt, bevor Einstellungen mitgesichert wurden), daher bleiben die Einstellungen hier, wie sie sind.',
    );
  });

  it('says why a file is refused, in German', async () => {
    speakGerman();
    const { backup } = await renderBackup();
    await backup.chooseFile(picked('list.json', '[1, 2]'));
    const problems = screen.getByRole('alert', { name: 'Probleme der Sicherung' });
    expect(within(problems).getByRole('listitem').textContent).toBe('$ sollte eine Sicherung von Kubelist Curator sein (ein Objekt), nicht eine Liste');
  });

  it('says why no backup was made when the disk is full, in German', async () => {
    speakGerman();
    const { backup } = await renderBackup({
      writeBackup: async () => {
        throw explainStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      },
    });
    await backup.download();
    expect(screen.getByRole('alert').textContent).toBe(
      'Es wurde keine Sicherung erstellt: Es ist kein Platz mehr zum Speichern: Die Festplatte ist voll, oder der Browser hat seine Speichergrenze erreicht. Geben Sie etwas Speicherplatz frei; was bisher gespeichert wurde, ist sicher.',
    );
  });
});
