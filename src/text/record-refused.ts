import type { RecordRefusedError } from '../core/model/record-refused';
import { checkProblemText } from './check-problems';
import { fieldName } from './field-names';
import { t } from './t';

/** Why storage refused a record: "the commentary is longer than 1000000 characters". */
export function recordRefusedText({ field, problem }: RecordRefusedError): string {
  return t('modelRecordRefused', fieldName(field), checkProblemText(problem));
}
