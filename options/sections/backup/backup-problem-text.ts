// What the backup reader (src/core/backup/read-backup.ts) found wrong with a file, in the
// curator's language: the words after the problem's JSON path.
import { BACKUP_FORMAT, type BackupProblem, type JsonType } from '../../../src/core/backup';
import { recordProblemText } from '../../../src/text/record-problems';
import { type MessageKey, t, tn } from '../../../src/text/t';

const JSON_TYPES: Record<JsonType, MessageKey> = {
  null: 'backupJsonNull',
  list: 'backupJsonList',
  object: 'backupJsonObject',
  text: 'backupJsonText',
  true: 'backupJsonTrue',
  false: 'backupJsonFalse',
  number: 'backupJsonNumber',
  nothing: 'backupJsonNothing',
};

const kind = (found: JsonType) => t(JSON_TYPES[found]);

/** One problem of a backup file, as the words that follow its path. */
export function backupProblemText(problem: BackupProblem): string {
  if ('fault' in problem) return recordProblemText(problem);
  switch (problem.code) {
    case 'tooLarge':
      return t('tooLargeForBackup');
    case 'notJson':
      return t('backupProblemNotJson', problem.detail);
    case 'notBackup':
      return t('backupProblemNotBackup', kind(problem.found));
    case 'wrongFormat':
      return t('backupProblemWrongFormat', BACKUP_FORMAT);
    case 'badSchemaVersion':
      return t('backupProblemBadSchemaVersion', kind(problem.found));
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
      return t('backupProblemNotList', kind(problem.found));
    case 'notObject':
      return t('backupProblemNotObject', kind(problem.found));
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
