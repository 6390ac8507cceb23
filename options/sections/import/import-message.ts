import type { ImportPlan } from '../../../src/core/import';
import type { ImportOutcome } from '../../../src/storage';
import { t, tn } from '../../../src/text/t';

/** `#3, #7` for a few numbers, `40 issues` for many (a whole archive re-imported). */
const numbers = (list: number[]) => (list.length <= 5 ? list.map((n) => `#${n}`).join(', ') : tn('issueCount', list.length));

/** What a finished import did, in one sentence or two for the status line. */
export function importMessage(plan: ImportPlan, outcome: ImportOutcome): string {
  const written = new Set([...outcome.added, ...outcome.replaced]);
  const items = plan.entries.reduce((sum, { issue }) => sum + (written.has(issue.number) ? issue.items.length : 0), 0);
  const parts = [t('imported', tn('issueCount', written.size), tn('itemCount', items))];
  if (outcome.replaced.length > 0) parts.push(t('importReplaced', numbers(outcome.replaced)));
  if (outcome.skipped.length > 0) parts.push(t('importSkipped', numbers(outcome.skipped)));
  if (outcome.draft) parts.push(t('importDraftRenumbered', outcome.draft.number, outcome.draft.date));
  return parts.join(' ');
}
