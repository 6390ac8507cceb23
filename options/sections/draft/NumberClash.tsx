import { toIsoDate } from '../../../src/core/dates';
import { clashSuggestion, type IssueRef } from '../../../src/core/next-issue';
import { t } from '../../../src/text/t';
import type { DraftNumberClash, EditorStore } from './editor-store';

interface Props {
  draft: IssueRef;
  /** The archived issue with the draft's number (as last checked), and the archive's tip. */
  clash: DraftNumberClash | null;
  editor: EditorStore;
}

/**
 * Warns when the draft's number is already an archived issue's (the curator started writing
 * before importing the archive), and offers the next free number and date in one click.
 */
export function NumberClash({ draft, clash, editor }: Props) {
  // The archived issues that decide the answer: the one with this number, the highest, the latest.
  const archive = clash ? [clash.taken, ...clash.tip] : [];
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
