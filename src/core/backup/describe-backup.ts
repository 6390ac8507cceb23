import { toIsoDate } from '../dates';
import type { Settings } from '../model';
import type { BackupCounts } from './backup-summary';
import type { RestorePlan, StoreChanges } from './plan-restore';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `2026-05-03 14:02`, in the curator's own time zone. */
export function formatWhen(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${toIsoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Last backup: 2026-05-03 14:02; 12 items added since." or "No backup yet; 3 items are in none." */
export function describeLastBackup(lastBackupAt: number | null, itemsSince: number): string {
  if (lastBackupAt === null)
    return itemsSince === 0 ? 'No backup yet.' : `No backup yet: ${plural(itemsSince, 'item')} ${itemsSince === 1 ? 'is' : 'are'} in no backup.`;
  const since = itemsSince === 0 ? 'nothing added since' : `${plural(itemsSince, 'item')} added since`;
  return `Last backup: ${formatWhen(lastBackupAt)}; ${since}.`;
}

/** "2 published issues (14 items), the draft #118 with 3 items, 1 half-written blurb." */
export function describeCounts({ published, archivedItems, draft, clips }: BackupCounts): string {
  const parts = [`${plural(published, 'published issue')} (${plural(archivedItems, 'item')})`];
  parts.push(draft ? `the draft #${draft.number} with ${plural(draft.items, 'item')}` : 'no draft');
  parts.push(plural(clips, 'half-written blurb'));
  return `${parts.join(', ')}.`;
}

function describeChanges(label: string, { added, updated, removed }: StoreChanges): string | null {
  if (added + updated + removed === 0) return null;
  return `${label}: ${added} added, ${updated} updated, ${removed} removed`;
}

/** What confirming will do, store by store: "Items: 3 added, 1 updated, 0 removed. …" */
export function describePlan(plan: RestorePlan): string {
  const parts = [
    describeChanges('Issues', plan.changes.issues),
    describeChanges('Items', plan.changes.items),
    describeChanges('Half-written blurbs', plan.changes.clips),
    plan.settings.restored ? `Settings: ${plan.settings.differ.length} replaced` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? 'Nothing would change: everything in the backup is here already.' : `${parts.join('. ')}.`;
}

/** "issue day, file name pattern" */
/** Each setting's name as the Settings section shows it, for messages about them. */
const SETTING_LABELS: Record<keyof Settings, string> = {
  newsletterName: 'newsletter name',
  issueUrlBase: 'issue base URL',
  weekday: 'issue day',
  recurringSlot: 'recurring last item',
  headlineEmoji: 'headline emoji',
  disabledRules: 'cleanup rules',
  fileNamePattern: 'file name pattern',
};

const settingNames = (plan: RestorePlan) => plan.settings.differ.map((key) => SETTING_LABELS[key]).join(', ');

/** What happens to the settings, and why: a replace takes the backup's, a merge keeps those here. */
export function describeSettingsRestore(plan: RestorePlan): string {
  const { inBackup, differ, restored } = plan.settings;
  if (!inBackup) return 'Settings: the backup holds none (it was made before settings were backed up), so the settings here stay as they are.';
  if (differ.length === 0) return 'Settings: the backup’s are the same as the ones here.';
  if (restored) return `Settings: the backup’s replace the ones here (different: ${settingNames(plan)}).`;
  return `Settings: a merge keeps the ones here; the backup’s differ in ${settingNames(plan)} (choose Replace to take them).`;
}
