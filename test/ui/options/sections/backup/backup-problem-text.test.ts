import { afterEach, describe, expect, it } from 'vitest';
import { backupProblemText } from '../../../../../options/sections/backup/backup-problem-text';
import { BACKUP_VERSION, type BackupProblem, makeBackup, readBackup } from '../../../../../src/core/backup';
import { DEFAULT_SETTINGS } from '../../../../../src/core/model';
import { backupSettingsProblemText } from '../../../../../src/text/setting-problems';
import { speakEnglish, speakGerman } from '../../../german';

afterEach(speakEnglish);

const file = () =>
  makeBackup(
    {
      issues: [{ id: 'd', status: 'draft', number: 5, date: '', headline: 'H', intro: '', createdAt: 1, updatedAt: 2 }],
      items: [
        { id: 'x', issueId: 'd', position: 0, title: 'T', url: 'https://example.com/a', urlKey: 'example.com/a', commentary: 'C', addedAt: 1, updatedAt: 1 },
      ],
      clips: [],
      settings: DEFAULT_SETTINGS,
    },
    Date.UTC(2026, 4, 6),
  );
/** Each problem of reading `value` as a backup, as the Backup section lists it. */
const lines = (value: unknown) => {
  const reading = readBackup(typeof value === 'string' ? value : JSON.stringify(value));
  if (reading.ok) return reading.settingsProblems.map((problem) => `${problem.path} ${backupSettingsProblemText(problem)}`);
  return reading.problems.map((problem: BackupProblem) => `${problem.path} ${backupProblemText(problem)}`);
};
const changed = (change: (data: Record<string, unknown>, raw: Record<string, unknown>) => void) => {
  const raw = JSON.parse(JSON.stringify(file())) as Record<string, unknown>;
  change(raw.data as Record<string, unknown>, raw);
  return raw;
};

describe('backupProblemText', () => {
  it('words what makes a file no backup at all', () => {
    expect(lines('x'.repeat(64 * 1024 * 1024 + 1))).toEqual(['$ is larger than any backup could be']);
    expect(lines('{"format": "kubelist-curator-backup",')).toEqual([expect.stringMatching(/^\$ is not valid JSON \(.+\)$/)]);
    expect(lines([1, 2])).toEqual(['$ should be a Kubelist Curator backup (an object), not a list']);
    expect(lines({ format: 'something-else', schemaVersion: 4 })).toEqual([
      '$.format should be "kubelist-curator-backup": this is not a Kubelist Curator backup',
    ]);
    expect(lines({ format: 'kubelist-curator-backup' })).toEqual(['$.schemaVersion should be a whole number from 1, not nothing']);
    expect(lines({ ...file(), schemaVersion: BACKUP_VERSION + 1 })).toEqual([
      `$.schemaVersion is ${BACKUP_VERSION + 1}: the backup was made by a newer version of Kubelist Curator (this one reads up to ${BACKUP_VERSION}). Update the extension, then restore it.`,
    ]);
    expect(lines({ ...file(), data: 7 })).toEqual(['$.data should be an object, not a number']);
    expect(lines({ ...file(), data: undefined })).toEqual(['$.data is missing']);
  });

  it('words what is wrong in a backup’s shape, its keys and its records', () => {
    const shape = changed((data, raw) => {
      raw.exportedAt = 'yesterday';
      raw.more = 1;
      data.clips = {};
      delete data.items;
    });
    expect(lines(shape)).toEqual([
      '$.exportedAt should be the date and time the backup was made',
      '$.more is not part of a backup',
      '$.data.items is missing',
      '$.data.clips should be a list, not an object',
    ]);
    const text = JSON.stringify(file()).replace('"headline":"H"', '"headline":"H","__proto__":{"polluted":true}');
    expect(lines(text)).toContain('$.data.issues[0].__proto__ the key "__proto__" is not allowed (it could change how objects behave)');
    const deep = JSON.stringify(file()).replace('"clips":[]', `"clips":${'['.repeat(40)}${']'.repeat(40)}`);
    expect(lines(deep)[0]).toBe(`$.data.clips${'[0]'.repeat(31)} nested more than 32 levels deep; a backup never is`);
  });

  it('words records that disagree with each other, and caps a long list', () => {
    const clashes = changed((data) => {
      const [draft] = data.issues as Record<string, unknown>[];
      const [item] = data.items as Record<string, unknown>[];
      (data.issues as unknown[]).push(
        { ...draft, id: 'd2' },
        { ...draft, id: 'p1', status: 'published', date: '2020-01-01', number: 3 },
        { ...draft, id: 'p2', status: 'published', date: '2020-01-08', number: 3 },
      );
      (data.items as unknown[]).push({ ...item, issueId: 'nowhere' }, { ...item, id: 'y' });
      data.clips = [1, 2].map((n) => ({ urlKey: 'example.com/a', url: 'https://example.com/a', title: '', commentary: '', updatedAt: n }));
    });
    expect(lines(clashes)).toEqual([
      '$.data.issues[1].status is a second draft (the first is $.data.issues[0]); there is only ever one',
      '$.data.issues[3].number is also the number of $.data.issues[2]; the archive holds each issue once',
      '$.data.items[1].id is also the id of $.data.items[0]',
      '$.data.items[1].issueId names the issue "nowhere", which is not in the backup',
      '$.data.clips[1].urlKey is also the page of $.data.clips[0]',
    ]);
    const many = changed((data) => {
      const [item] = data.items as Record<string, unknown>[];
      data.items = Array.from({ length: 51 }, (_, i) => ({ ...item, id: `x${i}`, url: 'javascript:void 0' }));
    });
    expect(lines(many).at(-1)).toBe('$ and 1 more problem');
  });

  it('words what is wrong with the settings, which never refuses the file', () => {
    expect(
      lines(
        changed((data) => {
          data.settings = { ...DEFAULT_SETTINGS, extra: 1 };
        }),
      ),
    ).toEqual(['$.data.settings.extra is not a setting; it is ignored']);
    expect(lines(changed((data) => void delete data.settings))).toEqual(['$.data.settings are missing; the settings here stay as they are']);
    expect(
      lines(
        changed((data) => {
          data.settings = [];
        }),
      ),
    ).toEqual(['$.data.settings should be an object, not a list; the settings here stay as they are']);
  });

  it('speaks German', () => {
    speakGerman();
    expect(lines([1, 2])).toEqual(['$ sollte eine Sicherung von Kubelist Curator sein (ein Objekt), nicht eine Liste']);
    expect(lines({ ...file(), schemaVersion: BACKUP_VERSION + 1 })).toEqual([
      `$.schemaVersion ist ${BACKUP_VERSION + 1}: Die Sicherung wurde von einer neueren Version von Kubelist Curator erstellt (diese liest bis ${BACKUP_VERSION}). Aktualisieren Sie die Erweiterung und stellen Sie die Sicherung dann wieder her.`,
    ]);
    expect(lines(changed((data) => void delete data.settings))).toEqual(['$.data.settings fehlen; die Einstellungen hier bleiben, wie sie sind']);
  });
});
