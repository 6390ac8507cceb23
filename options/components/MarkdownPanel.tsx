import { issueFileName } from '../../src/core/file-name-pattern';
import type { Issue } from '../../src/core/issue';
import { checkExportable, formatIssue } from '../../src/core/kubelist';
import { t } from '../../src/platform/i18n';
import { exportProblemText } from '../export-problem-text';

interface Props {
  issue: Issue;
  /** Where issue headings link (a setting); Kubelist's by default. */
  issueUrlBase?: string;
  /** How the downloaded file is named (a setting). */
  fileNamePattern: string;
  onStatus(status: string): void;
}

/** The exported file, live, with copy and download. Problems that block the export replace it. */
export function MarkdownPanel({ issue, onStatus, issueUrlBase, fileNamePattern }: Props) {
  const options = issueUrlBase ? { issueUrlBase } : {};
  const problems = checkExportable(issue, options);
  const markdown = problems.length === 0 ? formatIssue(issue, options) : '';
  const fileName = issueFileName(fileNamePattern, issue);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      onStatus(t('markdownCopied'));
    } catch (error) {
      onStatus(t('cantCopy', String(error)));
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    // The click has handed the blob to the download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    onStatus(t('downloaded', fileName));
  };

  return (
    <section class="preview" aria-labelledby="markdown-heading">
      <div class="preview-bar">
        <h2 id="markdown-heading">{fileName}</h2>
        <div>
          <button type="button" disabled={problems.length > 0} onClick={() => void copy()}>
            {t('copyMarkdown')}
          </button>
          <button type="button" class="primary" disabled={problems.length > 0} onClick={download}>
            {t('downloadMarkdown')}
          </button>
        </div>
      </div>
      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>{t('cantExportYet')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.message}>{exportProblemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll from the keyboard (axe: scrollable-region-focusable). */}
      <pre role="region" aria-label={t('markdownRegion')} tabIndex={0} class="markdown">
        {markdown}
      </pre>
    </section>
  );
}
