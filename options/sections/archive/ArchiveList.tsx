import { exportProblemText } from '../../../src/text/export-problem-text';
import { t, tParts } from '../../../src/text/t';
import { type ArchiveState, type ArchiveStore, archiveTotals } from './archive-store';
import { ZipProgress } from './ZipProgress';

/** Every archived issue, newest first, each linking to its read-only view; and the zip download. */
export function ArchiveList({ state, archive }: { state: ArchiveState; archive: ArchiveStore }) {
  const { summaries, zipping, unexported } = state;
  return (
    <main class="wide" data-view="archive" aria-busy={summaries === null} aria-labelledby="archive-heading">
      <div class="section-bar">
        <h2 id="archive-heading">{t('navArchive')}</h2>
        {summaries && <p class="summary">{archiveTotals(summaries)}</p>}
        <button type="button" class="primary" disabled={zipping || !summaries?.length} onClick={() => void archive.downloadZip()}>
          {t('downloadArchiveZip')}
        </button>
      </div>
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
      {summaries === null ? (
        <p class="note">{t('openingArchive')}</p>
      ) : summaries.length === 0 ? (
        <p class="empty">{tParts('archiveEmpty', <a href="#import">{t('importPublishedLink')}</a>)}</p>
      ) : (
        <table class="archive-table">
          <caption class="visually-hidden">{t('archivedIssuesCaption')}</caption>
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
            {summaries.map((issue) => (
              <tr key={issue.id}>
                <td>
                  <a href={`#archive/${issue.number}`}>#{issue.number}</a>
                </td>
                <td>{issue.date}</td>
                <td dir="auto">{issue.headline}</td>
                <td class="num">{issue.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
