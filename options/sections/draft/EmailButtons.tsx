import type { Exporter, ExportOptions } from '../../../src/core/export/exporters';
import { issueFileName } from '../../../src/core/file-name-pattern';
import type { Issue } from '../../../src/core/issue';
import { formatIssue } from '../../../src/core/kubelist';
import { type BuiltinTemplate, builtinTemplate, DEFAULT_TEMPLATE_ID } from '../../../src/core/templates/builtin-templates';
import type { Template } from '../../../src/core/templates/template';
import { TemplateBrokenError } from '../../../src/core/templates/template-broken-error';
import { t } from '../../../src/text/t';
import { templateProblemText } from '../../../src/text/template-text';
import { copyRichText } from '../../../src/ui/copy-rich-text';
import { saveFile } from '../../shared/save-file';
import { loadTemplateEngine } from '../../shared/use-template-engine';

interface Props {
  issue: Issue;
  options: ExportOptions;
  newsletterName: string;
  fileNamePattern: string;
  /** The export's template: its HTML when it is an HTML template, else the built-in HTML email. */
  template: BuiltinTemplate | Template;
  /** True while the issue cannot be exported (the problems are shown above). */
  blocked: boolean;
  onStatus(status: string): void;
}

const HTML_FILE = { extension: 'html' } as Exporter;

/** "Copy for email" and "Download HTML": the issue as an email's HTML, on the clipboard or as a file. */
export function EmailButtons({ issue, options, newsletterName, fileNamePattern, template, blocked, onStatus }: Props) {
  const through = async (each: BuiltinTemplate | Template) => (await loadTemplateEngine()).templateExporter(each, newsletterName).format(issue, options);
  const html = () => through(template.kind === 'html' ? template : builtinTemplate('html-email')!);
  // The alternative a plain-text field pastes: the export's own markdown, or a plain digest beside an HTML template.
  const text = async () => {
    if (template.id === DEFAULT_TEMPLATE_ID) return formatIssue(issue, options);
    return through(template.kind === 'markdown' ? template : builtinTemplate('plain-digest')!);
  };
  const failed = (error: unknown) => (error instanceof TemplateBrokenError ? templateProblemText(error.problem) : String(error));

  const copy = async () => {
    try {
      await copyRichText(html(), text());
      onStatus(t('emailCopied'));
    } catch (error) {
      onStatus(t('cantCopy', failed(error)));
    }
  };
  const download = async () => {
    try {
      const fileName = issueFileName(fileNamePattern, issue, HTML_FILE);
      saveFile(fileName, new Blob([await html()], { type: 'text/html;charset=utf-8' }));
      onStatus(t('downloaded', fileName));
    } catch (error) {
      onStatus(t('cantDownloadHtml', failed(error)));
    }
  };

  return (
    <div class="email-actions" role="group" aria-label={t('sendByEmail')}>
      <button type="button" disabled={blocked} onClick={() => void copy()}>
        {t('copyForEmail')}
      </button>
      {template.kind !== 'html' && (
        <button type="button" disabled={blocked} onClick={() => void download()}>
          {t('downloadHtml')}
        </button>
      )}
    </div>
  );
}
