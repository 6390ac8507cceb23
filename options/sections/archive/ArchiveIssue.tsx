import { t } from '../../../src/text/t';
import { MarkdownPanel } from '../draft/MarkdownPanel';
import { ArchivedArticle } from './ArchivedArticle';
import type { OpenIssue } from './archive-store';

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
}

/** One archived issue, read-only, beside its Markdown export (copy and download). */
export function ArchiveIssue({ open, onStatus, focusItem, fileNamePattern, showMarkdown = false, onShowMarkdown = () => {} }: Props) {
  const { issue, older: prev, newer: next } = open;
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
        </h2>
        {open.loading ? (
          <p class="note">{t('openingIssue', open.number)}</p>
        ) : !issue ? (
          <p class="empty">{t('noSuchIssue', open.number)}</p>
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
