// What the backup reader (src/core/backup/read-backup.ts) found wrong with a file, in the
// curator's language: the words after the problem's JSON path.
import { BACKUP_FORMAT, type BackupProblem } from '../../../src/core/backup';
import { gotText } from '../../../src/text/check-problems';
import { recordProblemText } from '../../../src/text/record-problems';
import { t, tn } from '../../../src/text/t';

/** One problem of a backup file, as the words that follow its path. */
export function backupProblemText(problem: BackupProblem): string {
  if ('fault' in problem) return recordProblemText(problem);
  switch (problem.code) {
    case 'tooLarge':
      return t('tooLargeForBackup');
    case 'notJson':
      return t('backupProblemNotJson', problem.detail);
    case 'notBackup':
      return t('backupProblemNotBackup', gotText(problem.found));
    case 'wrongFormat':
      return t('backupProblemWrongFormat', BACKUP_FORMAT);
    case 'badSchemaVersion':
      return t('backupProblemBadSchemaVersion', gotText(problem.found));
    case 'newerSchema':
      return t('backupProblemNewerSchema', problem.version, problem.readsUpTo);
    case 'noUpgrade':
      return t('backupProblemNoUpgrade', problem.version);
    case 'badExportedAt':
      return t('backupProblemBadExportedAt');
    case 'notInBackup':
      return t('backupProblemNotInBackup');
    case 'missing':
      return t('backupProblemMissing');
    case 'notList':
      return t('backupProblemNotList', gotText(problem.found));
    case 'notObject':
      return t('backupProblemNotObject', gotText(problem.found));
    case 'unsafeKey':
      return t('backupProblemUnsafeKey', problem.key);
    case 'tooDeep':
      return t('backupProblemTooDeep', problem.max);
    case 'sameId':
      return t('backupProblemSameId', problem.first);
    case 'secondDraft':
      return t('backupProblemSecondDraft', problem.first);
    case 'sameNumber':
      return t('backupProblemSameNumber', problem.first);
    case 'unknownIssue':
      return t('backupProblemUnknownIssue', problem.issueId);
    case 'samePage':
      return t('backupProblemSamePage', problem.first);
    case 'moreProblems':
      return tn('backupProblemMore', problem.count);
  }
}
