import { toIsoDate } from '../../../src/core/dates';
import { clashSuggestion, type IssueRef } from '../../../src/core/next-issue';
import { t } from '../../../src/text/t';
import type { EditorStore } from './editor-store';

interface Props {
  draft: IssueRef;
  archive: IssueRef[];
  editor: EditorStore;
}

/**
 * Warns when the draft's number is already an archived issue's (the curator started writing
 * before importing the archive), and offers the next free number and date in one click.
 */
export function NumberClash({ draft, archive, editor }: Props) {
  const next = clashSuggestion(draft.number, archive, undefined, toIsoDate(new Date()));
  if (!next) return null;
  const taken = archive.find((ref) => ref.number === draft.number);
  return (
    <div class="clash" role="note">
      <p>{taken ? t('numberClashDated', draft.number, taken.date, next.number, next.date) : t('numberClash', draft.number, next.number, next.date)}</p>
      <button type="button" onClick={() => editor.takeNumber(next)}>
        {t('useNumber', next.number, next.date)}
      </button>
    </div>
  );
}
