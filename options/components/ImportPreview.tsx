import { planTotals } from '../../src/core/import';
import type { ImportState, ImportStore } from '../import-store';
import { ImportRow } from './ImportRow';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every file with what it holds and what confirming would do with it; then confirm or cancel. */
export function ImportPreview({ state, importer }: { state: ImportState; importer: ImportStore }) {
  const preview = state.preview!;
  const totals = planTotals(preview, state.choices);
  const writing = totals.add + totals.replace;
  const summary = [
    `${plural(preview.files.length, 'file')}: ${plural(writing, 'issue')} with ${plural(totals.items, 'item')} to import`,
    totals.replace > 0 && `${totals.replace} replacing archived issues`,
    totals.skip > 0 && `${plural(totals.skip, 'issue')} skipped`,
    totals.blocked + totals.duplicate > 0 && `${plural(totals.blocked + totals.duplicate, 'file')} left out`,
    totals.withProblems > 0 && `${plural(totals.withProblems, 'file')} with problems`,
    totals.mojibake > 0 && `${plural(totals.mojibake, 'file')} with mojibake`,
  ].filter(Boolean);

  return (
    <section class="import-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">Preview</h3>
      <p class="summary" id="import-summary">
        {summary.join(' · ')}.
      </p>
      {preview.conflicts.length > 1 && (
        <p class="bulk">
          {preview.conflicts.length} issues are already in the archive.{' '}
          <button type="button" onClick={() => importer.chooseAll('replace')}>
            Replace all
          </button>{' '}
          <button type="button" onClick={() => importer.chooseAll('skip')}>
            Skip all
          </button>
        </p>
      )}
      <div class="table-scroll">
        <table class="import-table">
          <caption class="visually-hidden">Files to import</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Issue</th>
              <th scope="col">Date</th>
              <th scope="col" class="num">Items</th>
              <th scope="col">Headline</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {preview.files.map((file) => (
              <ImportRow key={file.key} file={file} choices={state.choices} importer={importer} />
            ))}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="button" class="primary" disabled={state.busy || writing === 0} aria-describedby="import-summary" onClick={() => void importer.confirm()}>
          Confirm import
        </button>
        <button type="button" disabled={state.busy} onClick={importer.cancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
