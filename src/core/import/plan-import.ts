import type { Issue } from '../issue';
import type { FilePreview, ImportPreview } from './preview-import';

/** What to do with an imported issue whose number is already in the archive. */
export type ConflictChoice = 'replace' | 'skip';

/** One issue to write, and what to do if its number is taken by the time it is written. */
export interface ImportEntry {
  issue: Issue;
  onConflict: ConflictChoice;
}

/** What a confirmed import writes, in one transaction. */
export interface ImportPlan {
  entries: ImportEntry[];
}

/** What happens to one file of the preview, given the curator's choices. */
export type FileOutcome = 'add' | 'replace' | 'skip' | 'blocked' | 'duplicate';

/** The curator's replace-or-skip choice per conflicting number; skip until they say otherwise. */
export type ConflictChoices = Readonly<Record<number, ConflictChoice>>;

const choiceFor = (choices: ConflictChoices, number: number): ConflictChoice => choices[number] ?? 'skip';

/** Whether a previewed file is added, replaces, is skipped, or is left out (and why). */
export function fileOutcome(file: FilePreview, choices: ConflictChoices): FileOutcome {
  if (file.blocked) return 'blocked';
  if (file.duplicateOf) return 'duplicate';
  if (!file.conflict) return 'add';
  return choiceFor(choices, file.issue.number);
}

/**
 * The issues a confirmed import writes: every readable file that is not a repeat within the
 * import nor a conflict the curator chose to skip. An entry without a conflict at preview time
 * is skipped if its number got taken meanwhile (another tab imported it), never overwritten.
 */
export function planImport(preview: ImportPreview, choices: ConflictChoices): ImportPlan {
  const entries = preview.files.flatMap((file): ImportEntry[] => {
    const outcome = fileOutcome(file, choices);
    if (outcome !== 'add' && outcome !== 'replace') return [];
    return [{ issue: file.issue, onConflict: outcome === 'replace' ? 'replace' : 'skip' }];
  });
  return { entries };
}

/** Counts for the summary line and the confirm button. */
export function planTotals(preview: ImportPreview, choices: ConflictChoices) {
  const totals = { add: 0, replace: 0, skip: 0, blocked: 0, duplicate: 0, items: 0, withProblems: 0, mojibake: 0 };
  for (const file of preview.files) {
    const outcome = fileOutcome(file, choices);
    totals[outcome]++;
    if (outcome === 'add' || outcome === 'replace') totals.items += file.issue.items.length;
    if (file.problems.length > 0) totals.withProblems++;
    if (file.mojibake && !file.repaired) totals.mojibake++;
  }
  return totals;
}
