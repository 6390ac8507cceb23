import { type ChildProcess, spawn } from 'node:child_process';

/**
 * Child processes that spin on the CPU until stopped, one per `count`: a test that must hold on a
 * loaded machine makes the load itself instead of hoping for it. Each is killed by its own pid.
 */
export function burnCpu(count = 1): { stop(): void } {
  const children: ChildProcess[] = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  return {
    stop() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
