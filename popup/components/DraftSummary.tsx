import type { Draft } from '../../src/storage';
import { t, tn } from '../../src/text/t';

/** The draft issue at a glance: its number, how many items, and their titles. */
export function DraftSummary({ draft }: { draft: Draft | null }) {
  if (!draft) return null;
  const { issue, items } = draft;
  return (
    <section class="draft" aria-label={t('draftIssue')}>
      <h2>
        {t('issueNumber', issue.number)} · <span data-testid="item-count">{tn('itemCount', items.length)}</span>
      </h2>
      {items.length > 0 && (
        <ol>
          {items.map((item) => (
            <li key={item.id} dir="auto" title={item.url}>
              {item.title}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
