/**
 * Storage failures said for people: what happened and what to do, instead of a DOMException's
 * name. `problem` lets a page react (a banner, a reload button) without parsing the message.
 */
export type StorageProblem = 'quota' | 'unavailable' | 'reload' | 'other';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

const nameOf = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : '');
const messageOf = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.message : String(error));

/** The browser ran out of room: a write failed with a quota error, directly or as its transaction's cause. */
export function isQuotaError(error: unknown): boolean {
  return QUOTA_NAMES.has(nameOf(error)) || (error instanceof Error && error.cause !== undefined && isQuotaError(error.cause));
}

/** This page let its connection go for a newer version of the extension; only a reload continues. */
export function reloadNeeded(): StorageError {
  return new StorageError(
    'reload',
    'Kubelist Curator was updated in another tab, so this page stopped saving. Reload it to carry on; everything written before was saved.',
  );
}

/** IndexedDB could not be opened at all (a Firefox private window, a broken profile, a disabled API). */
export function unavailable(cause: unknown): StorageError {
  return new StorageError(
    'unavailable',
    `This browser won't let Kubelist Curator keep data here (IndexedDB is unavailable, as in a private window), so nothing can be saved. (${messageOf(cause)})`,
    { cause },
  );
}

/** `error` as a StorageError with a message the curator can act on; other errors pass unchanged. */
export function explainStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    return new StorageError(
      'quota',
      "There is no room left to save: the disk is full or the browser's storage limit was reached. Free some disk space; what was saved before is safe.",
      { cause: error },
    );
  }
  return error;
}
