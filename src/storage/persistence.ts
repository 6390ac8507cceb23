/** Whether the browser promised to keep this extension's data when the disk runs low. */
export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep the data even under storage pressure (`navigator.storage.persist()`),
 * only when it is not already kept; says what the browser decided. Never throws.
 */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
