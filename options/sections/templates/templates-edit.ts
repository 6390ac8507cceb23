import { type BuiltinTemplate, DEFAULT_TEMPLATE_ID } from '../../../src/core/templates/builtin-templates';
import type { Template } from '../../../src/core/templates/template';

/** A new id for a curator's template; never a built-in's, which are plain words. */
export const newTemplateId = (): string => `own-${crypto.randomUUID()}`;

/** The templates with a copy of `source` added at the end, named `name`. */
export function withCopy(templates: readonly Template[], source: BuiltinTemplate | Template, name: string, id: string): Template[] {
  return [...templates, { id, name, kind: source.kind, body: source.body }];
}

/** The templates with `changed` in place of the one of its id. */
export const withSaved = (templates: readonly Template[], changed: Template): Template[] => templates.map((each) => (each.id === changed.id ? changed : each));

/** The settings after deleting template `id`: an export that used it goes back to Kubelist. */
export function withoutTemplate(templates: readonly Template[], exportTemplate: string, id: string): { templates: Template[]; exportTemplate: string } {
  return { templates: templates.filter((each) => each.id !== id), exportTemplate: exportTemplate === id ? DEFAULT_TEMPLATE_ID : exportTemplate };
}
