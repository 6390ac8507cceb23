import { useMemo, useState } from 'preact/hooks';
import { needsAttention, planTotals } from '../../../src/core/import';
import { t, tn } from '../../../src/text/t';
import { ImportRow } from './ImportRow';
import type { ImportState, ImportStore } from './import-store';

/** Rows shown at once: today's whole archive fits on one page, thousands of files take pages. */
export const PREVIEW_PAGE = 200;

/**
 * Every file with what it holds and what confirming would do with it, a page at a time: those
 * that need the curator's attention (left out, clashing, with problems) first, and a switch to
 * show only those; then confirm or cancel.
 */
export function ImportPreview({ state, importer }: { state: ImportState; importer: ImportStore }) {
  const preview = state.preview!;
  const totals = planTotals(preview, state.choices);
  const writing = totals.add + totals.replace;
  const [page, setPage] = useState(0);
  const [onlyAttention, setOnlyAttention] = useState(false);
  const [attention, ordered] = useMemo(() => {
    const first = preview.files.filter(needsAttention);
    return [first, first.length === 0 ? preview.files : [...first, ...preview.files.filter((file) => !needsAttention(file))]];
  }, [preview]);
  const shown = onlyAttention && attention.length > 0 ? attention : ordered;
  const pages = Math.max(1, Math.ceil(shown.length / PREVIEW_PAGE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PREVIEW_PAGE, (current + 1) * PREVIEW_PAGE);
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
      {attention.length > 0 && attention.length < preview.files.length && (
        <p class="note">
          {t('importAttentionFirst')}{' '}
          <label>
            <input
              type="checkbox"
              checked={onlyAttention}
              onChange={(event) => {
                setOnlyAttention(event.currentTarget.checked);
                setPage(0);
              }}
            />{' '}
            {tn('importOnlyAttention', attention.length)}
          </label>
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
            {rows.map((file) => (
              <ImportRow key={file.key} file={file} choices={state.choices} importer={importer} />
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav class="pager" aria-label={t('importPages')}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('importPagePrevious')}
          </button>{' '}
          <span>{t('importPageRange', current * PREVIEW_PAGE + 1, current * PREVIEW_PAGE + rows.length, shown.length)}</span>{' '}
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('importPageNext')}
          </button>
        </nav>
      )}
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
