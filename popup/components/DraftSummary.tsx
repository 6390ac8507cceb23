import type { Draft } from '../../src/storage';

/** The draft issue at a glance: its number, how many items, and their titles. */
export function DraftSummary({ draft }: { draft: Draft | null }) {
  if (!draft) return null;
  const { issue, items } = draft;
  const count = items.length === 1 ? '1 item' : `${items.length} items`;
  return (
    <section class="draft" aria-label="Draft issue">
      <h2>
        Issue #{issue.number} · <span data-testid="item-count">{count}</span>
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
