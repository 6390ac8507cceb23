/** `scheduler.yield` where the browser has it (Chromium 129+). */
interface WithScheduler {
  scheduler?: { yield?: () => Promise<void> };
}

/**
 * Resolves in a later task, so that input, painting and other tasks run first: what a long job
 * (an import, a zip) awaits between chunks. `scheduler.yield` resumes ahead of other queued work;
 * elsewhere a message round trip, which, unlike a nested `setTimeout`, is not held back 4 ms.
 */
export function yieldToPage(): Promise<void> {
  const { scheduler } = globalThis as WithScheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
