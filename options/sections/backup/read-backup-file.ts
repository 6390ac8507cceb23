import { type BackupReading, MAX_BACKUP_CHARS, readBackup, readBackupLines } from '../../../src/core/backup';
import { paceSteps } from '../../../src/core/steps';
import { createPacer, type Pacer } from './pacer';

/** A backup file as the picker gives it (a File), or a kept snapshot with a name. */
export interface BackupSource {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
  text(): Promise<string>;
}

/** Longer than any record's line; a line this long means a file in another layout, read whole instead. */
const MAX_LINE = 16 * 1024 * 1024;

/**
 * Reads and checks a backup file as a stream, a line and a record at a time (the layout this
 * extension writes), pausing between chunks so the page stays responsive and telling `onProgress`
 * how many bytes are read. Any other backup (pretty-printed by older versions, one line, or a file
 * cut short) is read whole by `readBackup`, which words what is wrong with it.
 */
export async function readBackupFile(
  file: BackupSource,
  onProgress?: (done: number, total: number) => void,
  pacer: Pacer = createPacer(),
): Promise<BackupReading> {
  if (file.size > MAX_BACKUP_CHARS * 4) return { ok: false, problems: [{ path: '$', code: 'tooLarge' }] };
  const lines = readBackupLines();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let rest = '';
  let read = 0;
  let laidOut = true;
  try {
    chunks: for (;;) {
      const { done, value } = await reader.read();
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        const line = rest + text.slice(start, end);
        rest = '';
        start = end + 1;
        if (!lines.line(line)) laidOut = false;
        if (!laidOut || lines.settled) break chunks;
        // A chunk of the stream can hold thousands of records: the page's turn comes between lines.
        await pacer.pause();
      }
      rest += text.slice(start);
      if (rest.length > MAX_LINE) laidOut = false;
      if (done || !laidOut) break;
      read += value.byteLength;
      onProgress?.(read, file.size);
      await pacer.pause();
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const reading = laidOut && (rest === '' || lines.line(rest)) ? await paceSteps(lines.endSteps(), pacer.pause) : null;
  return reading ?? readBackup(await file.text());
}
