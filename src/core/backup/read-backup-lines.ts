import { runSteps, type Steps } from '../steps';
import { type BackupReading, createBackupCheck, isObject } from './backup-check';
import { BACKUP_STORE_ORDER } from './backup-lines';
import type { RecordStore } from './record-checks';

/** Depth of a record below the file's root: `$.data.items[3]`. */
const RECORD_DEPTH = 3;
const SETTINGS_KEY = '"settings":';
const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};
const storeOfLine = (line: string): RecordStore | undefined => BACKUP_STORE_ORDER.find((store) => line === `${JSON.stringify(store)}:[`);

/** Reads one backup file line by line; see `readBackupLines`. */
export interface BackupLineReader {
  /** Takes the file's next line (without its `\n`); false when the file is not laid out as `backupLines` writes. */
  line(text: string): boolean;
  /** A refusal found early (by the envelope), so nothing more needs reading; null until then. */
  readonly settled: BackupReading | null;
  /** Once every line is in: the reading; null when the file ended before its layout did (cut short, or another layout). */
  end(): BackupReading | null;
  /** `end`, yielding every few thousand records (the checks across records walk them all). */
  endSteps(): Steps<BackupReading | null>;
}

/**
 * Reads a backup written in `backupLines`' layout a line at a time, parsing and checking each
 * record as it comes, so no reader holds the file's text whole. It takes only what is valid JSON
 * in exactly that layout: anything else (an older, pretty-printed backup; one line; a file cut
 * short) makes `line` or `end` say so, and the file is read whole by `readBackup` instead, which
 * finds the same problems and gives the same data.
 */
export function readBackupLines(): BackupLineReader {
  const check = createBackupCheck();
  let state: 'head' | 'between' | 'list' | 'end' = 'head';
  let version = 0;
  let store: RecordStore = 'issues';
  let index = 0;
  /** The line before ended with a comma: another entry must follow before the list closes. */
  let more = false;
  let settled: BackupReading | null = null;
  const keys = new Set<string>();

  function head(text: string): boolean {
    if (!text.startsWith('{') || !text.endsWith(',"data":{')) return false;
    const parsed = parse(`${text}}}`);
    if (!parsed.ok || !isObject(parsed.value) || !isObject(parsed.value.data) || Object.keys(parsed.value.data).length > 0) return false;
    check.scan(parsed.value);
    const found = check.envelope(parsed.value);
    if (typeof found === 'number') version = found;
    else settled = found;
    state = settled ? 'end' : 'between';
    return true;
  }

  function key(text: string): boolean {
    if (text.startsWith(SETTINGS_KEY) && text.endsWith(',') && !keys.has('settings')) {
      const parsed = parse(text.slice(SETTINGS_KEY.length, -1));
      if (!parsed.ok) return false;
      keys.add('settings');
      check.scan(parsed.value, '$.data.settings', 2);
      check.settings(true, parsed.value);
      return true;
    }
    const opened = storeOfLine(text);
    if (!opened || keys.has(opened) || (opened === 'clips' && version < 3)) return false;
    keys.add(opened);
    check.list(opened);
    [state, store, index, more] = ['list', opened, 0, false];
    return true;
  }

  function entry(text: string): boolean {
    if (text === '],' || text === ']}}') {
      if (more) return false;
      state = text === '],' ? 'between' : 'end';
      return true;
    }
    if (index > 0 && !more) return false;
    more = text.endsWith(',');
    const parsed = parse(more ? text.slice(0, -1) : text);
    if (!parsed.ok) return false;
    check.scan(parsed.value, `$.data.${store}[${index}]`, RECORD_DEPTH);
    check.record(store, index++, parsed.value);
    return true;
  }

  function* endSteps(): Steps<BackupReading | null> {
    if (settled) return settled;
    if (state !== 'end') return null;
    check.dataKeys(Object.fromEntries([...keys].map((name) => [name, true])));
    if (!keys.has('settings')) check.settings(false, undefined);
    return yield* check.finishSteps();
  }

  return {
    line(text) {
      switch (state) {
        case 'head':
          return head(text);
        case 'between':
          return key(text);
        case 'list':
          return entry(text);
        case 'end':
          return settled !== null || text.trim() === '';
      }
    },
    get settled() {
      return settled;
    },
    end: () => runSteps(endSteps()),
    endSteps,
  };
}
