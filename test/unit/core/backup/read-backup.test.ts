import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_UPGRADES, BACKUP_VERSION, type BackupFile, makeBackup, readBackup } from '../../../../src/core/backup';
import { upgradeBackup } from '../../../../src/core/backup/upgrade-backup';
import { DEFAULT_SETTINGS } from '../../../../src/core/model';
import { recordProblemText } from '../../../../src/text/record-problems';
import { backupSettingsProblemText } from '../../../../src/text/setting-problems';

const fixture = (version: number) => readFileSync(new URL(`../../../fixtures/backups/v${version}.json`, import.meta.url), 'utf8');
const current = (): BackupFile =>
  makeBackup(
    {
      issues: [{ id: 'd', status: 'draft', number: 5, date: '', headline: 'H', intro: '', createdAt: 1, updatedAt: 2 }],
      items: [
        { id: 'x', issueId: 'd', position: 0, title: 'T', url: 'https://example.com/a', urlKey: 'example.com/a', commentary: 'C', addedAt: 1, updatedAt: 1 },
      ],
      clips: [],
      settings: { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly', fileNamePattern: '{date}-mesh-{number}.md' },
    },
    Date.UTC(2026, 4, 6),
  );
/** The problems of reading `value` as a backup file. */
const problemsOf = (value: unknown) => {
  const reading = readBackup(typeof value === 'string' ? value : JSON.stringify(value));
  // A record's own check is worded (src/text/record-problems.ts); the reader's own findings are codes.
  return reading.ok ? [] : reading.problems.map((problem) => ('fault' in problem ? { path: problem.path, message: recordProblemText(problem) } : problem));
};
const withData = (change: (file: BackupFile) => void) => {
  const file = current();
  change(file);
  return file;
};

describe('reading a backup file', () => {
  it('reads a current backup back exactly', () => {
    const file = current();
    expect(readBackup(JSON.stringify(file))).toEqual({ ok: true, file, fromVersion: BACKUP_VERSION, settingsProblems: [] });
  });

  it('has one upgrade step per earlier schema version', () => {
    expect(BACKUP_UPGRADES).toHaveLength(BACKUP_VERSION - 1);
  });

  it.each([1, 2, 3, 4])('upgrades a backup from schema v%i to the current one', (version) => {
    const reading = readBackup(fixture(version));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.fromVersion).toBe(version);
    expect(reading.file.schemaVersion).toBe(BACKUP_VERSION);
    const { issues, items, clips } = reading.file.data;
    expect(issues.map((i) => [i.status, i.number])).toEqual([
      ['published', 93],
      ['draft', 94],
    ]);
    // `urlKey` is derived: computed for v1 items, recomputed for the others.
    expect(items.map((i) => i.urlKey)).toEqual(['example.com/gateway', 'ebpf.example.net/posts/ebpf-tracing', 'operators.example.org/level-5']);
    expect(items[1]!.title).toBe('Tracing pods with eBPF & friends 🐝');
    expect(clips).toHaveLength(version >= 3 ? 1 : 0);
    // Settings were not backed up before v5: none to restore, and nothing wrong with that.
    expect(reading.file.data.settings).toBeNull();
    expect(reading.settingsProblems).toEqual([]);
  });

  it('refuses what is not JSON', () => {
    expect(problemsOf('{"format": "kubelist-curator-backup",')).toEqual([{ path: '$', code: 'notJson', detail: expect.any(String) }]);
  });

  it('refuses JSON that is not a backup, saying so once', () => {
    expect(problemsOf([1, 2])).toEqual([{ path: '$', code: 'notBackup', found: { kind: 'list' } }]);
    expect(problemsOf({ format: 'something-else', schemaVersion: 4 })).toEqual([{ path: '$.format', code: 'wrongFormat' }]);
  });

  it('refuses a backup from a newer version, with what to do', () => {
    expect(problemsOf({ ...current(), schemaVersion: BACKUP_VERSION + 1, data: { whatever: true } })).toEqual([
      { path: '$.schemaVersion', code: 'newerSchema', version: BACKUP_VERSION + 1, readsUpTo: BACKUP_VERSION },
    ]);
  });

  it('lists every wrong shape and type with its JSON path', () => {
    const file = withData((f) => {
      const item = f.data.items[0] as unknown as Record<string, unknown>;
      item.position = -1;
      item.title = 7;
      delete item.commentary;
      item.extra = 'x';
      (f.data.issues[0] as unknown as Record<string, unknown>).number = '5';
      (f.data as unknown as Record<string, unknown>).clips = {};
    });
    expect(problemsOf({ ...file, exportedAt: 'yesterday', more: 1 })).toEqual([
      { path: '$.exportedAt', code: 'badExportedAt' },
      { path: '$.more', code: 'notInBackup' },
      { path: '$.data.issues[0].number', message: 'should be a whole number from 1 to 9999999, not text' },
      { path: '$.data.items[0].position', message: 'should be a whole number from 0 to 1000000, not -1' },
      { path: '$.data.items[0].title', message: 'should be text, not a number' },
      { path: '$.data.items[0].commentary', message: 'is missing' },
      { path: '$.data.items[0].extra', message: 'is not a field this kind of record has' },
      { path: '$.data.clips', code: 'notList', found: { kind: 'object' } },
    ]);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'])(
    'refuses the unsafe URL %j',
    (url) => {
      const file = withData((f) => {
        f.data.items[0]!.url = url;
      });
      expect(problemsOf(file)).toEqual([
        { path: '$.data.items[0].url', message: expect.stringMatching(/^uses the \w+: scheme; only http: and https: links are allowed$/) },
      ]);
    },
  );

  it('keeps an empty or half-typed address: a draft being written', () => {
    for (const url of ['', 'example.com/half-typ', 'https://example.com/a'])
      expect(
        problemsOf(
          withData((f) => {
            f.data.items[0]!.url = url;
          }),
        ),
      ).toEqual([]);
  });

  // Regression (issue 12, item 16): each of these was restored, and 1e308 then won every merge.
  it('refuses a far-future time, a published issue with no date, and a link to another host without a scheme', () => {
    const file = withData((f) => {
      f.data.issues[0]!.updatedAt = 1e308;
      f.data.issues.push({ ...f.data.issues[0]!, id: 'p', status: 'published', date: '', updatedAt: 2 });
      f.data.items[0]!.url = '//evil.example/x';
    });
    expect(problemsOf(file)).toEqual([
      { path: '$.data.issues[0].updatedAt', message: 'should be a time in milliseconds up to the year 3000, not 1e+308' },
      { path: '$.data.items[0].url', message: 'starts with // and so links to another host; only http: and https: links are allowed' },
      { path: '$.data.issues[1].date', message: 'is empty; a published issue has a date' },
    ]);
  });

  it('refuses an issue number or date outside the issue rules', () => {
    const file = withData((f) => {
      f.data.issues[0]!.number = 12345678;
      f.data.issues[0]!.date = '3000-01-01';
    });
    expect(problemsOf(file)).toEqual([
      { path: '$.data.issues[0].number', message: 'should be a whole number from 1 to 9999999, not 12345678' },
      { path: '$.data.issues[0].date', message: 'should be a date written YYYY-MM-DD, from 1970 to 2999' },
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, however deep', (key) => {
    const text = JSON.stringify(current()).replace('"headline":"H"', `"headline":"H","${key}":{"polluted":true}`);
    const problems = problemsOf(text);
    expect(problems).toContainEqual({ path: `$.data.issues[0].${key}`, code: 'unsafeKey', key });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than a backup has, without overflowing', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = JSON.stringify(current()).replace('"clips":[]', `"clips":${deep}`);
    expect(problemsOf(text)[0]).toEqual({ path: `$.data.clips${'[0]'.repeat(31)}`, code: 'tooDeep', max: 32 });
  });

  it('refuses records that disagree with each other', () => {
    const file = withData((f) => {
      const [draft] = f.data.issues;
      const [item] = f.data.items;
      f.data.issues.push({ ...draft!, id: 'd2' }, { ...draft!, id: 'd', status: 'published', date: '2020-01-01' });
      f.data.items.push({ ...item!, issueId: 'nowhere' });
    });
    expect(problemsOf(file)).toEqual([
      { path: '$.data.issues[2].id', code: 'sameId', first: '$.data.issues[0]' },
      { path: '$.data.issues[1].status', code: 'secondDraft', first: '$.data.issues[0]' },
      { path: '$.data.items[1].id', code: 'sameId', first: '$.data.items[0]' },
      { path: '$.data.items[1].issueId', code: 'unknownIssue', issueId: 'nowhere' },
    ]);
  });

  it('caps a long list of problems', () => {
    const file = withData((f) => {
      f.data.items = Array.from({ length: 80 }, (_, i) => ({ ...f.data.items[0]!, id: `x${i}`, url: 'javascript:void 0' }));
    });
    const problems = problemsOf(file);
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)).toEqual({ path: '$', code: 'moreProblems', count: 30 });
  });
});

describe('the settings in a backup', () => {
  const reading = (file: unknown) => {
    const result = readBackup(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result;
  };
  const problemList = (file: unknown) => reading(file).settingsProblems.map((problem) => `${problem.path} ${backupSettingsProblemText(problem)}`);

  it('never refuse the file: a setting that can’t be used gets its default, and is listed', () => {
    const file = withData((f) => {
      f.data.settings = { ...f.data.settings!, weekday: 9, fileNamePattern: 'a/{number}.md', extra: 1 } as never;
    });
    const result = reading(file);
    expect(result.file.data.settings).toEqual({ ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly' });
    expect(result.file.data.items).toHaveLength(1);
    expect(problemList(file)).toEqual([
      '$.data.settings.extra is not a setting; it is ignored',
      '$.data.settings.weekday should be a whole number from 0 to 6, not 9; the default is used',
      '$.data.settings.fileNamePattern may not contain “/” (not allowed in file names); the default is used',
    ]);
  });

  it('missing or not an object: none to restore (the settings here stay), and the rest restores', () => {
    const missing = withData((f) => void delete (f.data as Partial<typeof f.data>).settings);
    expect(reading(missing).file.data.settings).toBeNull();
    expect(problemList(missing)).toEqual(['$.data.settings are missing; the settings here stay as they are']);
    const list = withData((f) => {
      f.data.settings = [] as never;
    });
    expect(reading(list).file.data.settings).toBeNull();
    expect(problemList(list)).toEqual(['$.data.settings should be an object, not a list; the settings here stay as they are']);
  });

  it('are not part of a v4 backup: one that has them was not written by this extension', () => {
    expect(problemsOf({ ...current(), schemaVersion: 4 })).toEqual([{ path: '$.data.settings', code: 'notInBackup' }]);
  });
});

describe('upgradeBackup', () => {
  it('gives null, not a guess, from a version it has no step for', () => {
    const { data } = current();
    expect(upgradeBackup(data, 0)).toBeNull();
    expect(upgradeBackup(data, BACKUP_VERSION)).toEqual(data);
  });
});
