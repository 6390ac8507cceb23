import type { Issue } from '../../src/core/issue';
import { t } from '../../src/platform/i18n';
import type { ArchiveSummary } from '../../src/storage';
import { useReveal } from '../route';
import { MarkdownPanel } from './MarkdownPanel';

interface Props {
  open: { number: number; issue: Issue | null; loading: boolean };
  /** The archive list, for links to the neighbouring issues. */
  summaries: ArchiveSummary[];
  onStatus(status: string): void;
  /** An item to scroll to, focus and highlight, from 1 (`#archive/117/3`): where a search result lands. */
  focusItem?: number | undefined;
  /** How a downloaded issue is named (a setting). */
  fileNamePattern: string;
}

/** Only web links become clickable: an imported file may hold any scheme. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** One archived issue, read-only, beside its Markdown export (copy and download). */
export function ArchiveIssue({ open, summaries, onStatus, focusItem, fileNamePattern }: Props) {
  const numbers = summaries.map((s) => s.number).sort((a, b) => a - b);
  const prev = numbers.filter((n) => n < open.number).at(-1);
  const next = numbers.find((n) => n > open.number);
  const { issue } = open;
  useReveal(focusItem === undefined ? null : `archived-item-${focusItem}`, Boolean(issue) && !open.loading);
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
          <article class="archived-issue">
            <h3 dir="auto">{issue.headline}</h3>
            {/* Intro and blurbs are shown as text: imported HTML is never rendered. */}
            <p class="intro" dir="auto">
              {issue.intro}
            </p>
            <ol class="archived-items" aria-label={t('itemsList')}>
              {issue.items.map((item, index) => (
                <li
                  key={index}
                  id={`archived-item-${index + 1}`}
                  class={focusItem === index + 1 ? 'found' : undefined}
                  aria-current={focusItem === index + 1 ? 'true' : undefined}
                  tabIndex={focusItem === index + 1 ? -1 : undefined}
                >
                  {isWebLink(item.url) ? (
                    <a href={item.url} target="_blank" rel="noreferrer" dir="auto">
                      {item.title}
                    </a>
                  ) : (
                    <span dir="auto">{item.title}</span>
                  )}
                  <p dir="auto">{item.commentary}</p>
                </li>
              ))}
            </ol>
          </article>
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
