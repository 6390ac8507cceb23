import type { LinkHealth } from '../../../../src/core/link-health';
import { t } from '../../../../src/text/t';
import { verdictDetail, verdictLabel } from './link-health-text';

interface Props {
  number: number;
  item: { title: string; url: string };
  /** Undefined while its check is under way, or when the link changed after the check. */
  result: LinkHealth | undefined;
  pending: boolean;
}

/** One item's verdict: its number and title, a badge, and what to do about it. */
export function LinkHealthRow({ number, item, result, pending }: Props) {
  const label = result ? verdictLabel(result.verdict) : pending ? t('checking') : t('notChecked');
  return (
    <li aria-label={t('itemN', number)} data-health={result?.status ?? 'none'}>
      <span class="link-health-title" dir="auto">
        {number}. {item.title || item.url || t('untitled')}
      </span>{' '}
      <strong class="link-health-badge">{label}</strong>
      {result && (
        <p class="note">
          {verdictDetail(result.verdict)}
          {result.suggestion && (
            <>
              {' '}
              <a href={result.suggestion} target="_blank" rel="noopener noreferrer">
                {t('openNewAddress')}
              </a>
            </>
          )}
        </p>
      )}
      {!result && !pending && <p class="note">{t('changedAfterCheck')}</p>}
    </li>
  );
}
