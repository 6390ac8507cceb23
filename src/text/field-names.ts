import type { IssueContent, NewItemContent } from '../core/model';
import { type MessageKey, t } from './t';

/**
 * Each field the curator writes, by the name the editor gives it, for sentences about it ("the
 * commentary…"). A new content field of the model is a type error here until it has a name.
 */
const FIELD_NAMES: Record<keyof IssueContent | keyof NewItemContent, MessageKey> = {
  number: 'fieldNameNumber',
  date: 'fieldNameDate',
  headline: 'fieldNameHeadline',
  intro: 'fieldNameIntro',
  title: 'fieldNameTitle',
  url: 'fieldNameUrl',
  commentary: 'fieldNameCommentary',
  note: 'fieldNameNote',
  addedBy: 'fieldNameAddedBy',
  section: 'fieldNameSection',
};

/** A field's name in a sentence; a field that is not the curator's (an id, a stamp) by its own name. */
export function fieldName(field: string): string {
  return Object.hasOwn(FIELD_NAMES, field) ? t(FIELD_NAMES[field as keyof typeof FIELD_NAMES]) : field;
}
