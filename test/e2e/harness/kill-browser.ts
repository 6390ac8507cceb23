import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Pids of the processes started with this profile (the browser and its helpers). */
function processesOf(userDataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', '--', `--user-data-dir=${userDataDir}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

const commandLine = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
};

/**
 * Kills the browser running on `userDataDir` the hard way (SIGKILL: no shutdown, no flush), as a
 * crash or a power cut would, and waits until none of its processes is left. A persistent
 * context has no browser process handle in Playwright, so it is found by its profile.
 */
export async function killBrowserHard(userDataDir: string): Promise<void> {
  // The browser process itself is the one that is not a `--type=renderer|gpu-process|...` helper.
  const main = processesOf(userDataDir).filter((pid) => !commandLine(pid).some((arg) => arg.startsWith('--type=')));
  if (main.length === 0) throw new Error(`No browser is running on ${userDataDir}`);
  for (const pid of main) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && processesOf(userDataDir).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const left = processesOf(userDataDir);
  for (const pid of left) process.kill(pid, 'SIGKILL');
}
