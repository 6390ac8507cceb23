import { afterEach, describe, expect, it } from 'vitest';
import {
  conflictText,
  countsText,
  formatWhen,
  lastBackupText,
  planText,
  restoreNoteText,
  settingsRestoreText,
} from '../../../../../options/sections/backup/backup-text';
import { type BackupData, type BackupIssue, planRestore } from '../../../../../src/core/backup';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/core/model';
import { speakEnglish, speakGerman } from '../../../german';

afterEach(speakEnglish);

const MAY_3_14_02 = new Date(2026, 4, 3, 14, 2).getTime();
const issue = (id: string): BackupIssue => ({ id, status: 'published', number: 1, date: '2021-01-06', headline: '', intro: '', createdAt: 0, updatedAt: 0 });
const data = (settings: Settings | null, issues = [issue('p1')]): BackupData => ({ issues, items: [], clips: [], settings });

describe('the Backup section’s words', () => {
  it('says when, in the UI’s language and the curator’s time zone', () => {
    expect(formatWhen(MAY_3_14_02)).toBe('May 3, 2026, 2:02 PM');
    speakGerman();
    expect(formatWhen(MAY_3_14_02)).toBe('03.05.2026, 14:02');
  });

  it('says when the last backup was made and how many items are in none', () => {
    expect(lastBackupText({ lastBackupAt: null, itemsSince: 0, moreSince: false })).toBe('No backup yet.');
    expect(lastBackupText({ lastBackupAt: null, itemsSince: 1, moreSince: false })).toBe('No backup yet: 1 item is in no backup.');
    expect(lastBackupText({ lastBackupAt: null, itemsSince: 3, moreSince: false })).toBe('No backup yet: 3 items are in no backup.');
    expect(lastBackupText({ lastBackupAt: MAY_3_14_02, itemsSince: 0, moreSince: false })).toBe('Last backup: May 3, 2026, 2:02 PM; nothing added since.');
    expect(lastBackupText({ lastBackupAt: MAY_3_14_02, itemsSince: 12, moreSince: false })).toBe('Last backup: May 3, 2026, 2:02 PM; 12 items added since.');
  });

  it('says "more than" once the count stopped at its limit', () => {
    expect(lastBackupText({ lastBackupAt: null, itemsSince: 1000, moreSince: true })).toBe('No backup yet: more than 1000 items are in no backup.');
    expect(lastBackupText({ lastBackupAt: MAY_3_14_02, itemsSince: 1000, moreSince: true })).toBe(
      'Last backup: May 3, 2026, 2:02 PM; more than 1000 items added since.',
    );
    speakGerman();
    expect(lastBackupText({ lastBackupAt: MAY_3_14_02, itemsSince: 1000, moreSince: true })).toBe(
      'Letzte Sicherung: 03.05.2026, 14:02; seitdem sind mehr als 1000 Einträge hinzugekommen.',
    );
  });

  it('counts what a backup holds', () => {
    expect(countsText({ published: 2, archivedItems: 14, draft: { number: 118, items: 3 }, pooled: 5, clips: 1 })).toBe(
      '2 published issues (14 items), the draft #118 with 3 items, 5 collected links, 1 half-written blurb.',
    );
    expect(countsText({ published: 1, archivedItems: 1, draft: null, pooled: 1, clips: 0 })).toBe(
      '1 published issue (1 item), no draft, 1 collected link, 0 half-written blurbs.',
    );
    expect(countsText({ published: 1, archivedItems: 1, draft: null, pooled: 0, clips: 0 })).toBe(
      '1 published issue (1 item), no draft, 0 half-written blurbs.',
    );
  });

  describe('what a restore does to the settings', () => {
    const mesh: Settings = { ...DEFAULT_SETTINGS, newsletterName: 'Mesh Weekly', weekday: 1, fileNamePattern: '{date}-{number}.md' };
    const here = data({ ...DEFAULT_SETTINGS, disabledRules: ['a', 'b'] });
    const backup = data({ ...mesh, disabledRules: ['b', 'a'] });

    it('a replace takes the backup’s, naming those that differ', () => {
      const plan = planRestore(here, backup, 'replace');
      expect(planText(plan)).toBe('Settings: 3 replaced.');
      expect(settingsRestoreText(plan)).toBe('Settings: the backup’s replace the ones here (different: newsletter name, issue day, file name pattern).');
    });

    it('a merge keeps the ones here, and says how the backup’s differ', () => {
      const plan = planRestore(here, backup, 'merge');
      expect(planText(plan)).toBe('Nothing would change: everything in the backup is here already.');
      expect(settingsRestoreText(plan)).toBe(
        'Settings: a merge keeps the ones here; the backup’s differ in newsletter name, issue day, file name pattern (choose Replace to take them).',
      );
    });

    it('the same settings, and none in the backup', () => {
      expect(settingsRestoreText(planRestore(here, data({ ...DEFAULT_SETTINGS, disabledRules: ['b', 'a'] }), 'replace'))).toBe(
        'Settings: the backup’s are the same as the ones here.',
      );
      expect(settingsRestoreText(planRestore(here, data(null), 'replace'))).toBe(
        'Settings: the backup holds none (it was made before settings were backed up), so the settings here stay as they are.',
      );
    });

    it('names every setting', () => {
      const everything: Settings = {
        newsletterName: 'N',
        issueUrlBase: 'https://n.example/',
        weekday: 1,
        recurringSlot: 'R',
        headlineEmoji: '🦀',
        disabledRules: ['x'],
        fileNamePattern: 'n-{number}.md',
        quickTarget: 'pool',
        templates: [{ id: 't1', name: 'Mine', kind: 'markdown', body: '{{title}}' }],
        sections: [{ name: 'News', limit: null }],
        exportTemplate: 't1',
        yourName: 'Ana',
      };
      expect(settingsRestoreText(planRestore(here, data(everything), 'replace'))).toBe(
        'Settings: the backup’s replace the ones here (different: newsletter name, issue base URL, issue day, recurring last item, headline emoji, cleanup rules, file name pattern, where Ctrl+Enter and the quick adds put a link, your templates, the sections, the template the export uses, your name).',
      );
    });
  });

  it('names each kind of record a merge found changed on both sides, and says what else it did', () => {
    expect([
      conflictText({ code: 'issueFields', number: null }),
      conflictText({ code: 'issueFields', number: 93 }),
      conflictText({ code: 'wholeIssue', number: 93 }),
      conflictText({ code: 'item', title: 'Kyverno 1.12' }),
      conflictText({ code: 'clip', page: 'https://example.com/x' }),
    ]).toEqual([
      'the draft: number, date, headline or intro',
      'issue #93: number, date, headline or intro',
      'issue #93, as a whole',
      'the item “Kyverno 1.12”',
      'the half-written blurb for https://example.com/x',
    ]);
    expect(restoreNoteText({ code: 'draftReplacesBlank', number: 94 })).toBe("The backup's draft (#94) takes the place of the empty draft here.");
    expect(restoreNoteText({ code: 'draftItemsAdded', count: 2 })).toBe("The backup's draft had 2 items this one lacked: they were added at its end.");
    expect(restoreNoteText({ code: 'draftItemsAdded', count: 1 })).toBe("The backup's draft had 1 item this one lacked: it was added at its end.");
  });

  it('speaks German', () => {
    speakGerman();
    expect(lastBackupText({ lastBackupAt: MAY_3_14_02, itemsSince: 1, moreSince: false })).toBe(
      'Letzte Sicherung: 03.05.2026, 14:02; seitdem ist 1 Eintrag hinzugekommen.',
    );
    expect(countsText({ published: 2, archivedItems: 14, draft: { number: 118, items: 3 }, pooled: 2, clips: 1 })).toBe(
      '2 veröffentlichte Ausgaben (14 Einträge), der Entwurf #118 mit 3 Einträgen, 2 gesammelte Links, 1 angefangener Kurztext.',
    );
    expect(conflictText({ code: 'item', title: 'Kyverno 1.12' })).toBe('der Eintrag „Kyverno 1.12“');
  });
});
