// What reading a file for import finds (src/core/import/read-import-file): the parser's findings,
// those about the file as a whole, and why a file cannot go in at all. Worded for the import
// preview and the command line alike.
import type { BlockedReason, FileReason } from '../core/import';
import { MAX_ISSUE_NUMBER } from '../core/issue-rules';
import { exportProblemText } from './export-problem-text';
import { parseProblemText } from './parse-problem-text';
import { t } from './t';

/** One problem found reading a file, as a sentence (without its line). */
export function importProblemText(reason: FileReason): string {
  switch (reason.code) {
    case 'fileNameNumber':
      return t('importFileNameNumber', reason.named, reason.heading);
    case 'exportBlocked':
      return exportProblemText(reason.problem);
    case 'mixedMojibake':
      return t('importMixedMojibake');
    default:
      return parseProblemText(reason);
  }
}

/** Why a file cannot be imported at all, as a sentence. */
export function blockedText(reason: BlockedReason): string {
  switch (reason.code) {
    case 'noNumber':
      return t('importBlockedNoNumber');
    case 'badNumber':
      return t('importBlockedBadNumber', reason.number, MAX_ISSUE_NUMBER);
    case 'badDate':
      return t('importBlockedBadDate', reason.date);
    case 'unsafeUrl':
      return t('importBlockedUnsafeUrl', reason.item, reason.url);
  }
}
