import { t, tn, tParts } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { StatsBarTable } from './StatsBarTable';
import { StatsItemsPerIssue } from './StatsItemsPerIssue';
import { StatsPerMonth } from './StatsPerMonth';
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
          <StatsPerMonth perMonth={stats.perMonth} />
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
