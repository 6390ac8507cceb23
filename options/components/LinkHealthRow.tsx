import type { LinkHealth } from '../../src/core/link-health';

interface Props {
  number: number;
  item: { title: string; url: string };
  /** Undefined while its check is under way, or when the link changed after the check. */
  result: LinkHealth | undefined;
  pending: boolean;
}

/** One item's verdict: its number and title, a badge, and what to do about it. */
export function LinkHealthRow({ number, item, result, pending }: Props) {
  const label = result?.label ?? (pending ? 'Checking…' : 'Not checked');
  return (
    <li aria-label={`Item ${number}`} data-health={result?.status ?? 'none'}>
      <span class="link-health-title">
        {number}. {item.title || item.url || '(untitled)'}
      </span>{' '}
      <strong class="link-health-badge">{label}</strong>
      {result && (
        <p class="note">
          {result.detail}
          {result.suggestion && (
            <>
              {' '}
              <a href={result.suggestion} target="_blank" rel="noopener noreferrer">
                Open the new address
              </a>
            </>
          )}
        </p>
      )}
      {!result && !pending && <p class="note">Added or changed after the check: check again to see it.</p>}
    </li>
  );
}
