import type { Check } from '../model/checks';
import { id, oneOf, text } from '../model/checks';
import { kindOf } from '../model/value-kind';

/** How a template's output is read: Markdown source, or an HTML document. */
export type TemplateKind = 'markdown' | 'html';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['markdown', 'html'];

/** A curator's template: a Mustache body that turns an issue's view into the exported text. */
export interface Template {
  id: string;
  name: string;
  kind: TemplateKind;
  body: string;
}

/** Enough for dozens of templates in a backup without letting one setting swallow the store. */
export const MAX_TEMPLATES = 50;
export const MAX_TEMPLATE_NAME = 200;
export const MAX_TEMPLATE_BODY = 100_000;

const kindCheck = oneOf(TEMPLATE_KINDS);

/** One stored template's fields, each checked as a setting checks its value. */
function templateProblem(value: unknown) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { code: 'notTemplateList', got: kindOf(value) } as const;
  const record = value as Record<string, unknown>;
  const problem = id(record.id) ?? text(record.name) ?? kindCheck(record.kind) ?? text(record.body);
  if (problem) return problem;
  if ((record.name as string).length > MAX_TEMPLATE_NAME) return { code: 'tooLong', max: MAX_TEMPLATE_NAME } as const;
  if ((record.body as string).length > MAX_TEMPLATE_BODY) return { code: 'tooLong', max: MAX_TEMPLATE_BODY } as const;
  return null;
}

/** The curator's templates: a list of at most 50, each with an id of its own. */
export const templateList: Check = (value) => {
  if (!Array.isArray(value)) return { code: 'notTemplateList', got: kindOf(value) };
  if (value.length > MAX_TEMPLATES) return { code: 'tooLong', max: MAX_TEMPLATES };
  for (const each of value) {
    const problem = templateProblem(each);
    if (problem) return problem;
  }
  const ids = value.map((each: Template) => each.id);
  return new Set(ids).size === ids.length ? null : { code: 'notTemplateList', got: kindOf(value) };
};

/** Copies of each template, so a caller's later edits never reach the stored list. */
export const copyTemplates = (templates: readonly Template[]): Template[] =>
  templates.map(({ id: templateId, name, kind, body }) => ({ id: templateId, name, kind, body }));
