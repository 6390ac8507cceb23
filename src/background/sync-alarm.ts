import { browser } from '../platform/browser';

/** The alarm that syncs in the background while the browser runs (issue 16). */
export const SYNC_ALARM = 'sync';
/** How often; Chromium fires alarms no more often than every 30 s, Firefox every minute. */
export const SYNC_EVERY_MINUTES = 5;

/**
 * Makes sure the sync alarm is set: alarms are not kept across an update, and a browser may drop
 * them on restart. The alarm is set whether or not sync is set up: its handler reads the settings
 * first, so setting sync up needs no message to the worker.
 */
export async function scheduleSync(): Promise<void> {
  if (await browser.alarms.get(SYNC_ALARM)) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: 1, periodInMinutes: SYNC_EVERY_MINUTES });
}

/** The alarm listener: `sync` for the sync alarm, nothing for any other. Resolves when it is done. */
export function onSyncAlarm(sync: () => Promise<unknown>) {
  return async (alarm: { name: string }): Promise<void> => {
    if (alarm.name !== SYNC_ALARM) return;
    await sync().catch(() => undefined);
  };
}
