import { describe, expect, it } from 'vitest';
import { runLimited } from '../../../../src/core/link-health';

describe('runLimited', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('never runs more than the limit at a time, and runs every input', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running);
      await tick();
      running--;
      done.push(n);
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts nothing more once the signal aborts', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    await runLimited(
      [1, 2, 3, 4],
      2,
      async (n) => {
        started.push(n);
        await tick();
        controller.abort();
      },
      controller.signal,
    );
    expect(started).toEqual([1, 2]);
  });

  it('resolves at once for no inputs', async () => {
    await expect(runLimited([], 4, async () => undefined)).resolves.toBeUndefined();
  });
});
