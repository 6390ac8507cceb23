import { rmSync } from 'node:fs';

/**
 * Deletes a browser profile the tests made. A browser's helper processes can still be writing
 * into it for a moment after the browser closed (or was killed), which makes a plain recursive
 * delete fail with ENOTEMPTY; Node retries those. A profile that still cannot go is left in the
 * temporary folder with a warning: housekeeping is not what any test checks.
 */
export function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (error) {
    console.warn(`Left the test profile ${dir} behind: ${String(error)}`);
  }
}
