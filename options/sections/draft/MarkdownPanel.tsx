import type { ComponentChildren } from 'preact';
import { type Exporter, KUBELIST_MARKDOWN } from '../../../src/core/export/exporters';
import { issueFileName } from '../../../src/core/file-name-pattern';
import type { Issue } from '../../../src/core/issue';
import { exportProblemText } from '../../../src/text/export-problem-text';
import { t } from '../../../src/text/t';
import { saveFile } from '../../shared/save-file';

interface Props {
  /** The newsletter's section names in their order, which templates group the items by. */
  sections?: readonly string[];
  issue: Issue;
  /** Where issue headings link (a setting); Kubelist's by default. */
  issueUrlBase?: string;
  /** How the downloaded file is named (a setting). */
  fileNamePattern: string;
  onStatus(status: string): void;
  /** The format shown and downloaded; Kubelist's markdown by default. */
  exporter?: Exporter;
  /** False: the buttons without the text (the curator hid it, or shows `children` instead). */
  showText?: boolean;
  /** Shown under the buttons: the rendered preview. */
  children?: ComponentChildren;
}

/** The exported file (markdown, or an HTML template's source), live, with copy and download. Problems that block the export replace it. */
export function MarkdownPanel({
  sections = [],
  issue,
  onStatus,
  issueUrlBase,
  fileNamePattern,
  exporter = KUBELIST_MARKDOWN,
  showText = true,
  children,
}: Props) {
  const options = { ...(issueUrlBase ? { issueUrlBase } : {}), ...(sections.length > 0 ? { sections } : {}) };
  const problems = exporter.check(issue, options);
  const markdown = problems.length === 0 ? exporter.format(issue, options) : '';
  const fileName = issueFileName(fileNamePattern, issue, exporter);

  const html = exporter.extension === 'html';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      onStatus(t(html ? 'htmlCopied' : 'markdownCopied'));
    } catch (error) {
      onStatus(t('cantCopy', String(error)));
    }
  };
  const download = () => {
    saveFile(fileName, new Blob([markdown], { type: `${exporter.mime};charset=utf-8` }));
    onStatus(t('downloaded', fileName));
  };

  return (
    <section class="preview" aria-labelledby="markdown-heading">
      <div class="preview-bar">
        <h2 id="markdown-heading">{fileName}</h2>
        <div>
          <button type="button" disabled={problems.length > 0} onClick={() => void copy()}>
            {t(html ? 'copyHtmlSource' : 'copyMarkdown')}
          </button>
          <button type="button" class="primary" disabled={problems.length > 0} onClick={download}>
            {t(html ? 'downloadHtml' : 'downloadMarkdown')}
          </button>
        </div>
      </div>
      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>{t('cantExportYet')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{exportProblemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {/* A blocked export has no text yet: the problems above stand in for it, not an empty box. */}
      {showText && problems.length === 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll from the keyboard (axe: scrollable-region-focusable).
        <pre role="region" aria-label={t(html ? 'htmlRegion' : 'markdownRegion')} tabIndex={0} class="markdown">
          {markdown}
        </pre>
      )}
      {children}
    </section>
  );
}
