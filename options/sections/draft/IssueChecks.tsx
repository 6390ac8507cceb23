import type { IssueCheck } from '../../../src/core/issue-checks';
import type { IssueCounts } from '../../../src/core/issue-counts';
import { t, tn } from '../../../src/text/t';
import { checkText, noteText } from './issue-check-text';

interface Props {
  checks: IssueCheck[];
  counts: IssueCounts;
}

/** Before export: what blocks it, what is worth a look, and how this issue compares with the usual. */
export function IssueChecks({ checks, counts }: Props) {
  const words = counts.wordsPerBlurb.filter((w) => w > 0);
  const average = words.length ? Math.round(words.reduce((a, b) => a + b, 0) / words.length) : 0;
  return (
    <section class="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('beforeYouSend')}</h2>
      <p class="counts">
        {tn('itemCount', counts.items)} · {t('wordsPerBlurb', average)}
        {counts.withoutEmoji.length > 0 && ` · ${t('noEmojiAtEnd', counts.withoutEmoji.join(', '))}`}
      </p>
      {checks.length === 0 && counts.notes.length === 0 ? (
        <p class="ok">{t('noProblems')}</p>
      ) : (
        <ul aria-label={t('problemsFound')}>
          {checks.map((check, i) => (
            <li key={i} class={check.severity}>
              {check.severity === 'block' && <strong>{t('blocksExport')} </strong>}
              {checkText(check)}
            </li>
          ))}
          {counts.notes.map(noteText).map((note) => (
            <li key={note} class="info">
              {note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
