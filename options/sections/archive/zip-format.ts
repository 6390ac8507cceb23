import type { ArchiveFilesOptions } from '../../../src/core/archive-files';
import { type Exporter, KUBELIST_MARKDOWN } from '../../../src/core/export/exporters';
import type { Settings } from '../../../src/core/model';
import { chosenTemplate, DEFAULT_TEMPLATE_ID, isBuiltin } from '../../../src/core/templates/builtin-templates';
import type { TemplateProblem } from '../../../src/core/templates/template-problem';
import { builtinTemplateName } from '../../../src/text/template-text';
import { loadTemplateEngine } from '../../shared/use-template-engine';

/** The settings the zip is written by. */
export type ZipSettings = Pick<Settings, 'newsletterName' | 'issueUrlBase' | 'fileNamePattern' | 'templates' | 'exportTemplate'>;

/** How the zip's files are written: the exporter, how they are named, and the template's name (null for Kubelist). */
export interface ZipFormat {
  exporter: Exporter;
  files: ArchiveFilesOptions;
  templateName: string | null;
}

/** The export template the settings choose, named in the curator's language; null when it is Kubelist's own. */
export function zipTemplateName(settings: Pick<Settings, 'templates' | 'exportTemplate'>): string | null {
  const template = chosenTemplate(settings.exportTemplate, settings.templates);
  if (template.id === DEFAULT_TEMPLATE_ID) return null;
  return isBuiltin(template) ? builtinTemplateName(template.id) : template.name;
}

/**
 * The zip in the export template chosen in Settings. Kubelist's is the archive as it is
 * published, byte for byte: `formatIssue` under its own names and the default issue URL base, as
 * the zip has always been, with no template engine loaded. Any other template loads the engine,
 * is checked before a single issue is read, and names its files by the curator's pattern with
 * its own extension.
 */
export async function zipFormat(settings: ZipSettings): Promise<ZipFormat | { broken: TemplateProblem; templateName: string }> {
  const template = chosenTemplate(settings.exportTemplate, settings.templates);
  const templateName = zipTemplateName(settings);
  if (templateName === null) return { exporter: KUBELIST_MARKDOWN, files: {}, templateName };
  const engine = await loadTemplateEngine();
  const broken = engine.checkTemplate(template.body);
  if (broken) return { broken, templateName };
  return {
    exporter: engine.templateExporter(template, settings.newsletterName),
    files: { fileNamePattern: settings.fileNamePattern, format: { issueUrlBase: settings.issueUrlBase } },
    templateName,
  };
}
