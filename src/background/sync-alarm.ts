import { clearSyncAlarm, ensureSyncAlarm, SYNC_ALARM } from '../platform/sync-alarm';

export { SYNC_ALARM, SYNC_EVERY_MINUTES } from '../platform/sync-alarm';

/**
 * On install and browser start: the alarm is set while sync is set up and cleared otherwise.
 * Settings → Sync sets and clears it too, when the curator saves or stops sync.
 */
export async function scheduleSync(isSetUp: () => Promise<boolean>): Promise<void> {
  await ((await isSetUp()) ? ensureSyncAlarm() : clearSyncAlarm());
}

/**
 * The alarm listener: `sync` for the sync alarm, nothing for any other. A sync that finds sync no
 * longer set up (stopped in a page the worker did not hear from) clears the alarm. Resolves when done.
 */
export function onSyncAlarm(sync: () => Promise<{ code: string } | undefined>) {
  return async (alarm: { name: string }): Promise<void> => {
    if (alarm.name !== SYNC_ALARM) return;
    const result = await sync().catch(() => undefined);
    if (result?.code === 'notSetUp') await clearSyncAlarm().catch(() => undefined);
  };
}
