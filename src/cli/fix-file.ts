import { suspectMojibake } from '../core/import';
import { parseIssue, repairMojibake } from '../core/kubelist';
import type { InputFile } from './check-file';

/** What `fix` does with one file: the text to write (if any) and what to tell the curator. */
export interface FixResult {
  /** The repaired text; null when the file is left as it is. */
  write: string | null;
  message: string | null;
  /** The file needs a repair that cannot be done safely. */
  failed: boolean;
}

const countLines = (a: string, b: string) => {
  const right = b.split('\n');
  return a.split('\n').filter((line, i) => line !== right[i]).length;
};

/**
 * Repairs mojibake in one file, or explains why it does not. A repair is written only when it
 * is clean: the whole text maps back to valid UTF-8 (`repairMojibake` guarantees that) and the
 * repaired issue reads with no more format problems than before. Anything else is left alone.
 */
export function fixFile({ path, text }: InputFile): FixResult {
  const repaired = repairMojibake(text);
  if (repaired === text) {
    if (!suspectMojibake(text)) return { write: null, message: null, failed: false };
    return {
      write: null,
      message: `${path}: not changed: some text looks like UTF-8 read as Windows-1252, but it is mixed with correct text, so it cannot be repaired automatically. Fix it by hand.`,
      failed: true,
    };
  }
  const before = parseIssue(text).problems.length;
  const after = parseIssue(repaired).problems.length;
  if (after > before) {
    return {
      write: null,
      message: `${path}: not changed: the repaired text would have ${after} format problems where the file has ${before}, so the repair is not safe.`,
      failed: true,
    };
  }
  const lines = countLines(text, repaired);
  return { write: repaired, message: `${path}: repaired mojibake on ${lines} line${lines === 1 ? '' : 's'}.`, failed: false };
}
