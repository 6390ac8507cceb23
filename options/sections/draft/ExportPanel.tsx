import type { Issue } from '../../../src/core/issue';
import { checkExportable, formatIssue } from '../../../src/core/kubelist';
import { t } from '../../../src/text/t';
import { MarkdownPanel } from './MarkdownPanel';
import { RenderedPreview } from './RenderedPreview';
import { type ExportView, usePref } from './view-prefs';

interface Props {
  issue: Issue;
  issueUrlBase: string;
  fileNamePattern: string;
  onStatus(status: string): void;
}

const VIEWS: { view: ExportView; label: () => string }[] = [
  { view: 'markdown', label: () => t('viewMarkdown') },
  { view: 'preview', label: () => t('viewPreview') },
  { view: 'hidden', label: () => t('viewHidden') },
];

/** The export in the side panel: Copy and Download always, the markdown or the preview when asked (remembered). */
export function ExportPanel({ issue, issueUrlBase, fileNamePattern, onStatus }: Props) {
  const [view, setView] = usePref('exportView');
  return (
    <div class="export">
      <div class="view-switch" role="group" aria-label={t('exportView')}>
        {VIEWS.map(({ view: each, label }) => (
          <button key={each} type="button" aria-pressed={view === each} onClick={() => setView(each)}>
            {label()}
          </button>
        ))}
      </div>
      <MarkdownPanel issue={issue} issueUrlBase={issueUrlBase} fileNamePattern={fileNamePattern} onStatus={onStatus} showText={view === 'markdown'}>
        {view === 'preview' && <RenderedPreview markdown={safeFormat(issue, issueUrlBase)} />}
      </MarkdownPanel>
    </div>
  );
}

/** The preview shows what can be exported; a blocked export has nothing to render yet. */
function safeFormat(issue: Issue, issueUrlBase: string): string {
  return checkExportable(issue, { issueUrlBase }).length === 0 ? formatIssue(issue, { issueUrlBase }) : '';
}
