// Imports the template engine: loaded on demand, only when the export uses a template other than Kubelist's.
import { checkExportable } from '../kubelist';
import type { BuiltinTemplate } from '../templates/builtin-templates';
import { renderTemplate } from '../templates/render-template';
import type { Template } from '../templates/template';
import { TemplateBrokenError } from '../templates/template-broken-error';
import { templateView } from '../templates/template-view';
import type { Exporter, ExportOptions } from './exporters';

/**
 * An issue exported through a template: Markdown (`.md`) or HTML (`.html`) as its kind says. It
 * refuses what Kubelist's export refuses (no web address, unsafe markup), as any issue sent out should.
 */
export function templateExporter(template: Template | BuiltinTemplate, newsletterName: string): Exporter {
  const html = template.kind === 'html';
  return {
    id: `template-${template.id}`,
    extension: html ? 'html' : 'md',
    mime: html ? 'text/html' : 'text/markdown',
    check: (issue, options?: ExportOptions) => checkExportable(issue, options),
    format(issue, options: ExportOptions = {}) {
      const view = templateView(issue, { kind: template.kind, newsletterName, ...options });
      const result = renderTemplate(template.body, view);
      if (result.problem) throw new TemplateBrokenError(result.problem);
      return result.text;
    },
  };
}

export { checkTemplate } from '../templates/render-template';
