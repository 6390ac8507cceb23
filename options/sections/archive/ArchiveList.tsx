import './archive.css';
import { editedOn } from '../../../src/text/edited-on';
import { exportProblemText } from '../../../src/text/export-problem-text';
import { t, tParts } from '../../../src/text/t';
import { ArchivePager } from './ArchivePager';
import { type ArchiveState, type ArchiveStore, archiveTotals, pageRange } from './archive-store';
import { ZipProgress } from './ZipProgress';

/**
 * The archived issues, newest first, a page at a time (each row links to its read-only view), with
 * a pager and a jump to a year; and the zip and feed downloads. Only the page is read and rendered, so the
 * list opens as fast with ten thousand issues as with ten.
 */
export function ArchiveList({ state, archive }: { state: ArchiveState; archive: ArchiveStore }) {
  const { page, totals, years, zipping, zipTemplate, feeding, unexported } = state;
  const empty = page !== null && page.rows.length === 0;
  const range = page ? pageRange(page, totals) : '';
  const year = page?.rows[0] ? Number(page.rows[0].date.slice(0, 4)) : null;
  const paged = page !== null && (page.newer || page.older);
  return (
    <main class="wide" data-view="archive" aria-busy={page === null} aria-labelledby="archive-heading">
      <div class="section-bar">
        <h2 id="archive-heading">{t('navArchive')}</h2>
        {totals && <p class="summary">{archiveTotals(totals)}</p>}
        <button
          type="button"
          class="primary"
          disabled={zipping || !page || empty}
          aria-describedby={zipTemplate === null ? undefined : 'zip-template'}
          onClick={() => void archive.downloadZip()}
        >
          {t('downloadArchiveZip')}
        </button>
        <button type="button" disabled={feeding || !page || empty} onClick={() => void archive.downloadFeed()}>
          {t('downloadFeed')}
        </button>
      </div>
      {zipTemplate !== null && (
        <p class="note" id="zip-template">
          {t('zipThroughTemplate', zipTemplate)} <a href="#settings">{t('exportTemplatesLink')}</a>
        </p>
      )}
      <ZipProgress archive={archive} />
      {unexported.length > 0 && (
        <div class="problems" role="alert">
          <p>{t('zipLeftOutHeading')}</p>
          <ul>
            {unexported.map(({ number, problems }) => (
              <li key={number}>
                <a href={`#archive/${number}`}>#{number}</a>: {problems.map(exportProblemText).join(' ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {page === null ? (
        <p class="note">{t('openingArchive')}</p>
      ) : empty ? (
        <p class="empty">{tParts('archiveEmpty', <a href="#import">{t('importPublishedLink')}</a>)}</p>
      ) : (
        <>
          {paged && (
            <nav aria-label={t('archivePages')}>
              <ArchivePager archive={archive} page={page} range={range} years={years} year={year} />
            </nav>
          )}
          <table class="archive-table">
            <caption class="visually-hidden">
              {t('archivedIssuesCaption')}
              {paged && `: ${range}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('colNumber')}</th>
                <th scope="col">{t('colDate')}</th>
                <th scope="col">{t('colHeadline')}</th>
                <th scope="col" class="num">
                  {t('colItems')}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((issue) => (
                <tr key={issue.id}>
                  <td>
                    <a href={`#archive/${issue.number}`}>#{issue.number}</a>
                  </td>
                  <td>{issue.date}</td>
                  <td>
                    <span dir="auto">{issue.headline}</span>
                    {issue.editedAt !== undefined && <span class="note edited-mark"> · {editedOn(issue.editedAt)}</span>}
                  </td>
                  <td class="num">{issue.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {paged && <ArchivePager archive={archive} page={page} range={range} years={years} />}
        </>
      )}
    </main>
  );
}
