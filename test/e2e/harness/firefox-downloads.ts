import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { WAIT_TIMEOUT } from '../../timeouts';
import type { LaunchedFirefox } from './firefox-launch';

export interface DownloadedFile {
  name: string;
  /** Where Firefox saved it (in the launch's download folder). */
  path: string;
  text: string;
}

/**
 * Runs `start` (a click that downloads) and returns the one file it added to Firefox's download
 * folder, once written: Firefox writes into `<name>.part` and renames it when done.
 */
export async function downloadedFile(firefox: LaunchedFirefox, start: () => Promise<void>): Promise<DownloadedFile> {
  const before = new Set(readdirSync(firefox.downloadDir));
  await start();
  const name = await vi.waitFor(
    () => {
      const now = readdirSync(firefox.downloadDir);
      const added = now.filter((entry) => !before.has(entry) && !entry.endsWith('.part'));
      if (added.length !== 1 || now.some((entry) => entry.endsWith('.part'))) throw new Error(`Download not finished: ${now.join(', ')}`);
      return added[0]!;
    },
    { timeout: WAIT_TIMEOUT, interval: 100 },
  );
  const path = join(firefox.downloadDir, name);
  return { name, path, text: readFileSync(path, 'utf8') };
}
