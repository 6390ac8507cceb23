import type { CheckProblem } from '../core/model/checks';
import type { Got, ValueKind } from '../core/model/value-kind';
import { fileNamePatternProblemText } from './file-name-pattern-problems';
import { type MessageKey, t } from './t';

const KIND: Record<ValueKind, MessageKey> = {
  nothing: 'modelKindNothing',
  null: 'modelKindNull',
  list: 'modelKindList',
  object: 'modelKindObject',
  text: 'modelKindText',
  true: 'modelKindTrue',
  false: 'modelKindFalse',
  number: 'modelKindNumber',
  other: 'modelKindOther',
};

/** What a field held: the number itself, or its kind ("a list"). */
export const gotText = ({ kind, number }: Got): string => (number === undefined ? t(KIND[kind]) : String(number));

/**
 * What one of the model's checks found, as a phrase that follows the field's name or JSON path
 * ("should be text, not a list"): for restore, storage's refusals and the settings.
 */
export function checkProblemText(problem: CheckProblem): string {
  switch (problem.code) {
    case 'notText':
      return t('modelNotText', gotText(problem.got));
    case 'tooLong':
      return t('modelTooLong', problem.max);
    case 'notId':
      return t('modelNotId', gotText(problem.got));
    case 'reservedId':
      return t('modelReservedId');
    case 'notWholeNumber':
      return t('modelNotWholeNumber', problem.min, problem.max, gotText(problem.got));
    case 'notTime':
      return t('modelNotTime', gotText(problem.got));
    case 'notStatus':
      return t('modelNotStatus');
    case 'notIssueDate':
      return t('modelNotIssueDate');
    case 'unsafeScheme':
      return t('modelUnsafeScheme', problem.scheme);
    case 'otherHost':
      return t('modelOtherHost');
    case 'blank':
      return t('modelBlank');
    case 'notHttpAddress':
      return t('modelNotHttpAddress');
    case 'notChoice':
      return t('modelNotChoice', problem.choices.join(', '));
    case 'notRuleList':
      return t('modelNotRuleList', gotText(problem.got));
    case 'notTemplateList':
      return t('modelNotTemplateList', gotText(problem.got));
    case 'notSectionList':
      return t('modelNotSectionList', gotText(problem.got));
    case 'sectionNameTwice':
      return t('modelSectionNameTwice', problem.name);
    case 'badSectionLimit':
      return t('modelBadSectionLimit', problem.name, problem.max);
    case 'badFileNamePattern':
      return fileNamePatternProblemText(problem.why);
  }
}
