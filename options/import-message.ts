import type { ImportPlan } from '../src/core/import';
import type { ImportOutcome } from '../src/storage';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** `#3, #7` for a few numbers, `40 issues` for many (a whole archive re-imported). */
const numbers = (list: number[]) => (list.length <= 5 ? list.map((n) => `#${n}`).join(', ') : plural(list.length, 'issue'));

/** What a finished import did, in one sentence or two for the status line. */
export function importMessage(plan: ImportPlan, outcome: ImportOutcome): string {
  const written = new Set([...outcome.added, ...outcome.replaced]);
  const items = plan.entries.reduce((sum, { issue }) => sum + (written.has(issue.number) ? issue.items.length : 0), 0);
  const parts = [`Imported ${plural(written.size, 'issue')} (${plural(items, 'item')}).`];
  if (outcome.replaced.length > 0) parts.push(`Replaced ${numbers(outcome.replaced)}.`);
  if (outcome.skipped.length > 0) parts.push(`Skipped ${numbers(outcome.skipped)}, already in the archive.`);
  if (outcome.draft) parts.push(`The empty draft is now #${outcome.draft.number} for ${outcome.draft.date}.`);
  return parts.join(' ');
}
