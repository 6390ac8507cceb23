import { editedOn } from '../../../src/text/edited-on';
import { t } from '../../../src/text/t';
import { MarkdownPanel } from '../draft/MarkdownPanel';
import { ArchivedArticle } from './ArchivedArticle';
import { ArchivedIssueEditor } from './ArchivedIssueEditor';
import type { ArchiveStore, IssueEdit, OpenIssue } from './archive-store';

interface Props {
  /** The issue, and the numbers of the issues beside it (for the links to them). */
  open: OpenIssue;
  onStatus(status: string): void;
  /** An item to scroll to, focus and highlight, from 1 (`#archive/117/3`): where a search result lands. */
  focusItem?: number | undefined;
  /** How a downloaded issue is named (a setting). */
  fileNamePattern: string;
  /** Intro and blurbs as their markdown, instead of as readers see them. */
  showMarkdown?: boolean;
  onShowMarkdown?(on: boolean): void;
  /** The store that reopens the issue to fix a typo; without it the issue is only read. */
  archive?: ArchiveStore | undefined;
  /** The issue's words as being corrected, while it is reopened. */
  editing?: IssueEdit | null | undefined;
}

/** One archived issue beside its Markdown export (copy and download); "Edit" reopens it to fix a typo. */
export function ArchiveIssue({ open, onStatus, focusItem, fileNamePattern, showMarkdown = false, onShowMarkdown = () => {}, archive, editing }: Props) {
  const { issue, older: prev, newer: next } = open;
  const editedAt = open.records?.issue.editedAt ?? 0;
  return (
    <>
      <main class="editor" aria-labelledby="archived-heading">
        <nav class="issue-nav" aria-label={t('navArchive')}>
          <a href="#archive">{t('allIssues')}</a>
          {prev !== undefined && <a href={`#archive/${prev}`}>‹ #{prev}</a>}
          {next !== undefined && <a href={`#archive/${next}`}>#{next} ›</a>}
        </nav>
        <h2 id="archived-heading">
          {t('issueNumber', open.number)}
          {issue && ` · ${issue.date}`} <span class="note">{t('archivedReadOnly')}</span>
          {editedAt > 0 && <span class="note"> · {editedOn(editedAt)}</span>}
        </h2>
        {archive && open.records && !editing && (
          <button type="button" class="edit-archived" onClick={archive.startEdit}>
            {t('editArchivedIssue')}
          </button>
        )}
        {open.loading ? (
          <p class="note">{t('openingIssue', open.number)}</p>
        ) : !issue ? (
          <p class="empty">{t('noSuchIssue', open.number)}</p>
        ) : archive && editing ? (
          <ArchivedIssueEditor edit={editing} archive={archive} />
        ) : (
          <ArchivedArticle issue={issue} focusItem={focusItem} showMarkdown={showMarkdown} onShowMarkdown={onShowMarkdown} />
        )}
      </main>
      {issue && (
        <aside class="side">
          <MarkdownPanel issue={issue} onStatus={onStatus} fileNamePattern={fileNamePattern} />
        </aside>
      )}
    </>
  );
}
