import type { ItemsPerIssue } from '../../src/core/archive-stats';
import { StatsBarTable } from './StatsBarTable';

/** How long issues run: min, median and max, then how many issues have each length. */
export function StatsItemsPerIssue({ items }: { items: ItemsPerIssue }) {
  return (
    <section class="stats-block" aria-labelledby="items-per-issue-heading">
      <h3 id="items-per-issue-heading">Items per issue</h3>
      <dl class="stats-figures">
        <div>
          <dt>Fewest</dt>
          <dd>{items.min}</dd>
        </div>
        <div>
          <dt>Median</dt>
          <dd>{items.median}</dd>
        </div>
        <div>
          <dt>Most</dt>
          <dd>{items.max}</dd>
        </div>
      </dl>
      <StatsBarTable
        caption="Issues by number of items"
        labelHeading="Items"
        valueHeading="Issues"
        rows={items.distribution.map(({ items: n, issues }) => ({ key: String(n), label: n, value: issues }))}
      />
    </section>
  );
}
