import { describe, expect, it } from 'vitest';
import { findEnglish } from '../../e2e/harness/english-text';

/** The finder behind the German e2e test's "no English left" checks: it must be able to fail. */
const shown = (text: string, whole = false) => ({ where: 'p', text, whole });
const why = (text: string, whole = false) => findEnglish([shown(text, whole)], 'de').map((found) => found.why);

describe('English on a German screen', () => {
  it('is an English message whose German differs, with or without placeholders filled in', () => {
    expect(why('Download backup')).toEqual(['English message "downloadBackup"']);
    expect(why('Backup downloaded: kubelist-backup.json.')).toEqual(['English message "backupDownloaded"']);
    expect(why('Backup and restore', true)).toEqual(['English message "backupAndRestore"']);
  });

  it('is an English word in any other text, as a whole word', () => {
    expect(why('Dieses Muster ist nicht verwendbar: must contain {number}, so that each issue gets its own file.')).toEqual(['English word "that"']);
    expect(why('Sicherung: 3 Einträge, backup pending.')).toEqual(['English word "backup"']);
  });

  it('is not German, a message both languages word alike, or the format quoted in a German sentence', () => {
    expect(why('Sicherung herunterladen')).toEqual([]);
    expect(why('Import')).toEqual([]);
    expect(why('Thesen zur Theorie: Diese Ausgabe isst andere')).toEqual([]);
    expect(why('Zeile 1: Die Kopfzeile der Ausgabe „## [Kubelist Issue #{number} for {YYYY-MM-DD}]({link})“ fehlt.')).toEqual([]);
  });
});
