// What went wrong, for the curator: the extension's own failures (storage's, a record it refused)
// worded from _locales, anything
// else (a browser's or a library's error) in its own words. Here, not in src/text, because it
// knows storage's error class, which src/text may not import.
import { errorMessage } from '../core/error-message';
import { RecordRefusedError } from '../core/model/record-refused';
import { StorageError, type StorageProblem } from '../storage/errors';
import { recordRefusedText } from '../text/record-refused';
import { type MessageKey, t } from '../text/t';

const STORAGE_WORDS: Record<StorageProblem, MessageKey> = {
  quota: 'storageQuota',
  unavailable: 'storageUnavailable',
  reload: 'storageReload',
  newerData: 'storageNewerData',
  upgradeFailed: 'storageUpgradeFailed',
  rekeyFailed: 'storageRekeyFailed',
};

/** Problems whose words say it all: the browser's own message adds nothing the curator can act on. */
const WITHOUT_DETAIL = new Set<StorageProblem>(['quota', 'reload', 'newerData']);

/** `error` in words the curator can act on, in the UI's language where the extension made it. */
export function errorText(error: unknown): string {
  if (error instanceof RecordRefusedError) return recordRefusedText(error);
  if (!(error instanceof StorageError)) return errorMessage(error);
  const words = t(STORAGE_WORDS[error.problem]);
  return error.detail && !WITHOUT_DETAIL.has(error.problem) ? t('storageErrorDetail', words, error.detail) : words;
}
