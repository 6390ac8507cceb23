import { browser } from './browser';

/** The alarm that syncs in the background while the browser runs, set only while sync is set up. */
export const SYNC_ALARM = 'sync';
/** How often; Chromium fires alarms no more often than every 30 s, Firefox every minute. */
export const SYNC_EVERY_MINUTES = 5;

/** Sets the sync alarm unless it is set (alarms are not kept across an update, and a restart may drop them). */
export async function ensureSyncAlarm(): Promise<void> {
  if (await browser.alarms.get(SYNC_ALARM)) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: 1, periodInMinutes: SYNC_EVERY_MINUTES });
}

/** Takes the sync alarm away: with sync not set up, the worker is not woken every few minutes for nothing. */
export async function clearSyncAlarm(): Promise<void> {
  await browser.alarms.clear(SYNC_ALARM);
}
