/**
 * Storage failures as codes: the pages word them (src/ui/error-text.ts) and react to them (a
 * banner, a reload button) without parsing a message. `detail` is the browser's own words for
 * the cause, when there is one; the message is for the console only.
 */
export type StorageProblem = 'quota' | 'unavailable' | 'reload' | 'newerData' | 'upgradeFailed' | 'rekeyFailed';

export class StorageError extends Error {
  /** The cause's own message (the browser's, or a failed step's), shown after the page's words; '' for none. */
  readonly detail: string;

  constructor(
    readonly problem: StorageProblem,
    options: { cause?: unknown } = {},
  ) {
    const detail = 'cause' in options ? messageOf(options.cause) : '';
    super(detail ? `${problem}: ${detail}` : problem, options);
    this.name = 'StorageError';
    this.detail = detail;
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
  return new StorageError('reload');
}

/** IndexedDB could not be opened at all (a Firefox private window, a broken profile, a disabled API). */
export function unavailable(cause: unknown): StorageError {
  return new StorageError('unavailable', { cause });
}

/** `error` as a StorageError with a code the page can word when it is one it knows; other errors pass unchanged. */
export function explainStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', { cause: error });
  return error;
}
