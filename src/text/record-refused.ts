import type { RecordRefusedError } from '../core/model/record-refused';
import { checkProblemText } from './check-problems';
import { type MessageKey, t } from './t';

/** The fields the curator writes, by the names the editor gives them. */
const FIELD_NAMES: Readonly<Record<string, MessageKey>> = {
  number: 'fieldNameNumber',
  date: 'fieldNameDate',
  headline: 'fieldNameHeadline',
  intro: 'fieldNameIntro',
  title: 'fieldNameTitle',
  url: 'fieldNameUrl',
  commentary: 'fieldNameCommentary',
};

/** Why storage refused a record: "the commentary is longer than 1000000 characters". */
export function recordRefusedText({ field, problem }: RecordRefusedError): string {
  const name = FIELD_NAMES[field];
  return t('modelRecordRefused', name ? t(name) : field, checkProblemText(problem));
}
