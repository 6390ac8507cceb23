/**
 * Runs `work` in `tx` and resolves once the transaction has committed, so "saved" is never said
 * early. When `work` fails first, the transaction fails too; that second failure is expected and
 * must not surface as an unhandled rejection.
 */
export async function committed<T>(tx: { done: Promise<void> }, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw error;
  }
}
