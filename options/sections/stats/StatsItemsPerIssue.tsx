import type { ItemsPerIssue } from '../../../src/core/archive-stats';
import { t } from '../../../src/text/t';
import { StatsBarTable } from './StatsBarTable';

/** How long issues run: min, median and max, then how many issues have each length. */
export function StatsItemsPerIssue({ items }: { items: ItemsPerIssue }) {
  return (
    <section class="stats-block" aria-labelledby="items-per-issue-heading">
      <h3 id="items-per-issue-heading">{t('itemsPerIssue')}</h3>
      <dl class="stats-figures">
        <div>
          <dt>{t('fewest')}</dt>
          <dd>{items.min}</dd>
        </div>
        <div>
          <dt>{t('median')}</dt>
          <dd>{items.median}</dd>
        </div>
        <div>
          <dt>{t('most')}</dt>
          <dd>{items.max}</dd>
        </div>
      </dl>
      <StatsBarTable
        caption={t('issuesByItemsCaption')}
        labelHeading={t('colItems')}
        valueHeading={t('colIssues')}
        rows={items.distribution.map(({ items: n, issues }) => ({ key: String(n), label: n, value: issues }))}
      />
    </section>
  );
}
