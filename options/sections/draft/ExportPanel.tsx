import type { Exporter } from '../../../src/core/export/exporters';
import { KUBELIST_MARKDOWN } from '../../../src/core/export/exporters';
import type { Issue } from '../../../src/core/issue';
import { chosenTemplate, DEFAULT_TEMPLATE_ID, isBuiltin } from '../../../src/core/templates/builtin-templates';
import type { Template } from '../../../src/core/templates/template';
import { t } from '../../../src/text/t';
import { builtinTemplateName, templateProblemText } from '../../../src/text/template-text';
import { HtmlPreview } from '../../shared/HtmlPreview';
import { useTemplateEngine } from '../../shared/use-template-engine';
import { EmailButtons } from './EmailButtons';
import { MarkdownPanel } from './MarkdownPanel';
import { RenderedPreview } from './RenderedPreview';
import { type ExportView, usePref } from './view-prefs';

interface Props {
  issue: Issue;
  issueUrlBase: string;
  fileNamePattern: string;
  /** The newsletter's name, as templates write it. */
  newsletterName: string;
  /** The curator's templates, and the id of the one the export uses (settings). */
  templates: readonly Template[];
  exportTemplate: string;
  /** The newsletter's section names in their order, which templates group the items by. */
  sections?: readonly string[];
  onStatus(status: string): void;
}

const VIEWS: { view: ExportView; label: () => string }[] = [
  { view: 'markdown', label: () => t('viewMarkdown') },
  { view: 'preview', label: () => t('viewPreview') },
  { view: 'hidden', label: () => t('viewHidden') },
];

/**
 * The export in the side panel, through the chosen template: Copy and Download always, the text
 * or the preview when asked (remembered), and the issue for email. Kubelist's export needs no
 * engine; any other template loads it first.
 */
export function ExportPanel({ issue, issueUrlBase, fileNamePattern, newsletterName, templates, exportTemplate, sections = [], onStatus }: Props) {
  const [view, setView] = usePref('exportView');
  const template = chosenTemplate(exportTemplate, templates);
  const kubelist = template.id === DEFAULT_TEMPLATE_ID;
  const { engine, error } = useTemplateEngine(!kubelist);
  const exporter: Exporter | null = kubelist ? KUBELIST_MARKDOWN : (engine?.templateExporter(template, newsletterName) ?? null);
  const broken = engine && !kubelist ? engine.checkTemplate(template.body) : null;
  const options = { issueUrlBase, sections };
  const blocked = (exporter ?? KUBELIST_MARKDOWN).check(issue, options).length > 0;
  return (
    <div class="export">
      <div class="view-switch" role="group" aria-label={t('exportView')}>
        {VIEWS.map(({ view: each, label }) => (
          <button key={each} type="button" aria-pressed={view === each} onClick={() => setView(each)}>
            {label()}
          </button>
        ))}
      </div>
      {!kubelist && (
        <p class="note">
          {t('exportThroughTemplate', isBuiltin(template) ? builtinTemplateName(template.id) : template.name)}{' '}
          <a href="#settings">{t('exportTemplatesLink')}</a>
        </p>
      )}
      {broken ? (
        <div class="problems" role="alert">
          <p>{t('templateBrokenExport')}</p>
          <p>{templateProblemText(broken)}</p>
        </div>
      ) : exporter ? (
        <MarkdownPanel
          issue={issue}
          issueUrlBase={issueUrlBase}
          fileNamePattern={fileNamePattern}
          onStatus={onStatus}
          exporter={exporter}
          sections={sections}
          showText={view === 'markdown'}
        >
          {view === 'preview' && <ExportPreview text={blocked ? '' : exporter.format(issue, options)} html={exporter.extension === 'html'} />}
        </MarkdownPanel>
      ) : error ? (
        <p class="error" role="alert">
          {t('templateLoadFailed', error)}
        </p>
      ) : (
        <p class="note">{t('rendering')}</p>
      )}
      <EmailButtons
        issue={issue}
        options={options}
        newsletterName={newsletterName}
        fileNamePattern={fileNamePattern}
        template={template}
        blocked={blocked || broken !== null}
        onStatus={onStatus}
      />
    </div>
  );
}

/** The export as readers will see it: markdown rendered and sanitized, or an HTML template's page in a sandbox. */
function ExportPreview({ text, html }: { text: string; html: boolean }) {
  return html ? <HtmlPreview html={text} /> : <RenderedPreview markdown={text} />;
}
