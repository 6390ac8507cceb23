/**
 * Ends `tx` without committing what it wrote, and resolves once it has ended. A request that
 * failed has aborted it already, and aborting again would throw over the reason; a synchronous
 * throw (a value that cannot be stored) has not, and the writes before it must not commit.
 */
export function abortTransaction(tx: { abort(): void; readonly done: Promise<void> }): Promise<void> {
  const ended = tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already aborted or finished.
  }
  return ended;
}
