/**
 * Runs `task` on every input, at most `limit` at a time, in input order as slots free up; resolves
 * when all have settled. A task's rejection rejects the whole run (tasks report their own failures
 * as results). Once `signal` aborts, no further task starts.
 */
export async function runLimited<T>(inputs: readonly T[], limit: number, task: (input: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  async function worker(): Promise<void> {
    while (next < inputs.length && !signal?.aborted) {
      const input = inputs[next++] as T;
      await task(input);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
}
