import type { RecordProblem } from '../core/backup/record-checks';
import { checkProblemText, gotText } from './check-problems';
import { t } from './t';

/** What is wrong with one record of a backup, as a phrase after its JSON path ("is missing"). */
export function recordProblemText({ fault }: RecordProblem): string {
  switch (fault.code) {
    case 'notObject':
      return t('modelRecordNotObject', gotText(fault.got));
    case 'missing':
      return t('modelRecordFieldMissing');
    case 'unknownField':
      return t('modelRecordUnknownField');
    case 'publishedUndated':
      return t('modelRecordPublishedUndated');
    default:
      return checkProblemText(fault);
  }
}
