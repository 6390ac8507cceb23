import { archiveTotals, type ArchiveState, type ArchiveStore } from '../archive-store';

/** Every archived issue, newest first, each linking to its read-only view; and the zip download. */
export function ArchiveList({ state, archive }: { state: ArchiveState; archive: ArchiveStore }) {
  const { summaries, zipping, unexported } = state;
  return (
    <main class="wide" aria-labelledby="archive-heading">
      <div class="section-bar">
        <h2 id="archive-heading">Archive</h2>
        {summaries && <p class="summary">{archiveTotals(summaries)}</p>}
        <button type="button" class="primary" disabled={zipping || !summaries?.length} onClick={() => void archive.downloadZip()}>
          Download archive (zip)
        </button>
      </div>
      {unexported.length > 0 && (
        <div class="problems" role="alert">
          <p>Left out of the zip, because they cannot be exported as they are:</p>
          <ul>
            {unexported.map(({ number, problems }) => (
              <li key={number}>
                <a href={`#archive/${number}`}>#{number}</a>: {problems.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summaries === null ? (
        <p class="note">Opening the archive…</p>
      ) : summaries.length === 0 ? (
        <p class="empty">
          The archive is empty. <a href="#import">Import published issues</a> from their Markdown files.
        </p>
      ) : (
        <table class="archive-table">
          <caption class="visually-hidden">Archived issues, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Date</th>
              <th scope="col">Headline</th>
              <th scope="col" class="num">Items</th>
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
