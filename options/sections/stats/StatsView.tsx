import { collapseEmptyMonths, type MonthRow } from '../../../src/core/archive-stats';
import { t, tn, tParts } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { type BarRow, StatsBarTable } from './StatsBarTable';
import { StatsItemsPerIssue } from './StatsItemsPerIssue';
import { StatsRepeatedLinks } from './StatsRepeatedLinks';
import type { StatsStore } from './stats-store';
import './stats.css';

/** The archive's statistics: issues per month, items per issue, sites, emoji, repeated links. */
export function StatsView({ stats: statsStore }: { stats: StatsStore }) {
  const { stats, progress, error } = useStore(statsStore.store);
  return (
    <main class="wide" data-view="stats" aria-busy={!stats && !error} aria-labelledby="stats-heading">
      <div class="section-bar">
        <h2 id="stats-heading">{t('archiveStatistics')}</h2>
        {stats && <p class="summary">{t('archiveTotals', tn('issueCount', stats.issues), tn('itemCount', stats.items))}</p>}
      </div>
      {progress && (
        <p class="note">
          <label>
            {t('statsRebuilding', progress.done.toLocaleString(t('langCode')), progress.total.toLocaleString(t('langCode')))}{' '}
            <progress max={Math.max(1, progress.total)} value={progress.done} />
          </label>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!stats ? (
        !error && !progress && <p class="note">{t('readingArchive')}</p>
      ) : stats.issues === 0 ? (
        <p class="empty">{tParts('statsEmpty', <a href="#import">{t('importPublishedLink')}</a>)}</p>
      ) : (
        <div class="stats-grid">
          <section class="stats-block" aria-labelledby="per-month-heading">
            <h3 id="per-month-heading">{t('issuesPerMonth')}</h3>
            <StatsBarTable
              caption={t('issuesPerMonthCaption')}
              labelHeading={t('colMonth')}
              valueHeading={t('colIssues')}
              rows={collapseEmptyMonths(stats.perMonth).map(monthBar)}
            />
          </section>
          <StatsItemsPerIssue items={stats.itemsPerIssue} />
          <section class="stats-block" aria-labelledby="sites-heading">
            <h3 id="sites-heading">{t('mostFeaturedSites')}</h3>
            <StatsBarTable
              caption={t('topSitesCaption', stats.topSites.length)}
              labelHeading={t('colSite')}
              valueHeading={t('colLinks')}
              rows={stats.topSites.map(({ name, count }) => ({ key: name, label: name, value: count }))}
            />
          </section>
          <section class="stats-block" aria-labelledby="emoji-heading">
            <h3 id="emoji-heading">{t('emojiUsed')}</h3>
            <p class="note">{t('blurbsWithEmoji', stats.emoji.withEmoji, stats.emoji.withEmoji + stats.emoji.withoutEmoji)}</p>
            <StatsBarTable
              caption={t('topEmojiCaption', stats.emoji.top.length)}
              labelHeading={t('colEmoji')}
              valueHeading={t('colUses')}
              rows={stats.emoji.top.map(({ name, count }) => ({ key: name, label: name, value: count }))}
            />
          </section>
          <StatsRepeatedLinks repeated={stats.repeatedLinks} />
        </div>
      )}
    </main>
  );
}

/** A month and its issues, or a stretch without any as one quiet row ("2019-09 – 2020-03: no issues (7 months)"). */
function monthBar(row: MonthRow): BarRow {
  if (row.kind === 'month') return { key: row.month, label: row.month, value: row.issues };
  return { key: `${row.from}/${row.to}`, label: tn('monthsWithoutIssues', row.months, row.from, row.to), value: 0, quiet: true };
}
