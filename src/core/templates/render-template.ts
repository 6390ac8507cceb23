// The one module that imports the template engine: the editor loads it on demand, only for a
// template other than Kubelist's. Mustache 4.2 builds tokens and walks them, with no `eval` and
// no `new Function`, so it runs under Manifest V3's content security policy.
import Mustache from 'mustache';
import { readEngineError, type TemplateProblem } from './template-problem';
import type { TemplateView } from './template-view';

export type RenderResult = { text: string; problem?: undefined } | { text?: undefined; problem: TemplateProblem };

/** The view arrives escaped for the template's kind (`templateView`), so the engine writes values as they are. */
const AS_IS = { escape: (value: unknown) => String(value) };

/** A writer per call: Mustache's shared writer caches every body it parses, and a body typed key by key would fill it. */
const writer = () => new Mustache.Writer();

/** The body's first problem, or null when the engine can read it. */
export function checkTemplate(body: string): TemplateProblem | null {
  try {
    writer().parse(body);
    return null;
  } catch (error) {
    return readEngineError(body, error);
  }
}

/** The body filled in with the view; partials (`{{> name}}`) write nothing, as none are given. */
export function renderTemplate(body: string, view: TemplateView): RenderResult {
  try {
    return { text: writer().render(body, view, {}, AS_IS) };
  } catch (error) {
    return { problem: readEngineError(body, error) };
  }
}
