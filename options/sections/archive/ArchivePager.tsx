import type { JSX } from 'preact';
import type { ArchivePage } from '../../../src/storage';
import { t } from '../../../src/text/t';
import type { ArchiveStore } from './archive-store';

interface Props {
  archive: ArchiveStore;
  page: ArchivePage;
  /** "Issues 101–200 of 13300". */
  range: string;
  years: number[];
  /** The year of the page's first row, which the year picker shows; no picker without it (the pager below the list). */
  year?: number | null;
}

/**
 * Keeps the keyboard on the pager: a button that a move disabled (Oldest, once there) hands the
 * focus to the range, instead of dropping it on the page.
 */
function move(action: () => Promise<void>) {
  return async (event: JSX.TargetedMouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    await action();
    if (button.disabled) button.closest('.pager')?.querySelector<HTMLElement>('.pager-range')?.focus();
  };
}

/** Newest, newer, where the page is, older, oldest, and a jump to a year: the list's way through a long archive. */
export function ArchivePager({ archive, page, range, years, year }: Props) {
  return (
    <div class="pager">
      <button type="button" disabled={!page.newer} onClick={move(archive.newest)}>
        {t('archiveNewest')}
      </button>
      <button type="button" disabled={!page.newer} onClick={move(archive.newer)}>
        {t('archiveNewer')}
      </button>
      <span class="pager-range" tabIndex={-1}>
        {range}
      </span>
      <button type="button" disabled={!page.older} onClick={move(archive.older)}>
        {t('archiveOlder')}
      </button>
      <button type="button" disabled={!page.older} onClick={move(archive.oldest)}>
        {t('archiveOldest')}
      </button>
      {year !== undefined && years.length > 1 && (
        <label class="pager-year">
          {t('archiveYear')}{' '}
          <select value={year === null ? '' : String(year)} onChange={(event) => void archive.year(Number(event.currentTarget.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
