import { planTotals } from '../../../src/core/import';
import { t, tn } from '../../../src/text/t';
import { ImportRow } from './ImportRow';
import type { ImportState, ImportStore } from './import-store';

/** Every file with what it holds and what confirming would do with it; then confirm or cancel. */
export function ImportPreview({ state, importer }: { state: ImportState; importer: ImportStore }) {
  const preview = state.preview!;
  const totals = planTotals(preview, state.choices);
  const writing = totals.add + totals.replace;
  const summary = [
    t('importSummaryMain', tn('fileCount', preview.files.length), tn('issueCount', writing), tn('itemCount', totals.items)),
    totals.replace > 0 && t('importSummaryReplacing', totals.replace),
    totals.skip > 0 && t('importSummarySkipped', tn('issueCount', totals.skip)),
    totals.blocked + totals.duplicate > 0 && t('importSummaryLeftOut', tn('fileCount', totals.blocked + totals.duplicate)),
    totals.withProblems > 0 && t('importSummaryProblems', tn('fileCount', totals.withProblems)),
    totals.mojibake > 0 && t('importSummaryMojibake', tn('fileCount', totals.mojibake)),
  ].filter(Boolean);

  return (
    <section class="import-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('viewPreview')}</h3>
      <p class="summary" id="import-summary">
        {summary.join(' · ')}.
      </p>
      {preview.conflicts.length > 1 && (
        <p class="bulk">
          {t('importAlreadyArchived', preview.conflicts.length)}{' '}
          <button type="button" onClick={() => importer.chooseAll('replace')}>
            {t('replaceAll')}
          </button>{' '}
          <button type="button" onClick={() => importer.chooseAll('skip')}>
            {t('skipAll')}
          </button>
        </p>
      )}
      <div class="table-scroll">
        <table class="import-table">
          <caption class="visually-hidden">{t('filesToImport')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colFile')}</th>
              <th scope="col">{t('colIssue')}</th>
              <th scope="col">{t('colDate')}</th>
              <th scope="col" class="num">
                {t('colItems')}
              </th>
              <th scope="col">{t('colHeadline')}</th>
              <th scope="col">{t('colNotes')}</th>
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
          {t('confirmImport')}
        </button>
        <button type="button" disabled={state.busy} onClick={importer.cancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
