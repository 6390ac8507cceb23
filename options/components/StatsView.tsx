import { useStore } from '../../src/ui/store';
import type { StatsStore } from '../stats-store';
import { StatsBarTable } from './StatsBarTable';
import { StatsItemsPerIssue } from './StatsItemsPerIssue';
import { StatsRepeatedLinks } from './StatsRepeatedLinks';
import '../search-stats.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The archive's statistics: issues per month, items per issue, sites, emoji, repeated links. */
export function StatsView({ stats: statsStore }: { stats: StatsStore }) {
  const { stats, error } = useStore(statsStore.store);
  return (
    <main class="wide" aria-labelledby="stats-heading">
      <div class="section-bar">
        <h2 id="stats-heading">Archive statistics</h2>
        {stats && <p class="summary">{`${plural(stats.issues, 'issue')}, ${plural(stats.items, 'item')}`}</p>}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!stats ? (
        !error && <p class="note">Reading the archive…</p>
      ) : stats.issues === 0 ? (
        <p class="empty">
          The archive is empty. <a href="#import">Import published issues</a> to see their statistics.
        </p>
      ) : (
        <div class="stats-grid">
          <section class="stats-block" aria-labelledby="per-month-heading">
            <h3 id="per-month-heading">Issues per month</h3>
            <StatsBarTable caption="Issues published each month, oldest first" labelHeading="Month" valueHeading="Issues" rows={stats.perMonth.map(({ month, issues }) => ({ key: month, label: month, value: issues }))} />
          </section>
          <StatsItemsPerIssue items={stats.itemsPerIssue} />
          <section class="stats-block" aria-labelledby="sites-heading">
            <h3 id="sites-heading">Most featured sites</h3>
            <StatsBarTable caption={`Top ${stats.topSites.length} sites by links featured`} labelHeading="Site" valueHeading="Links" rows={stats.topSites.map(({ name, count }) => ({ key: name, label: name, value: count }))} />
          </section>
          <section class="stats-block" aria-labelledby="emoji-heading">
            <h3 id="emoji-heading">Emoji used</h3>
            <p class="note">
              {stats.emoji.withEmoji} of {stats.emoji.withEmoji + stats.emoji.withoutEmoji} blurbs end with an emoji.
            </p>
            <StatsBarTable caption={`Top ${stats.emoji.top.length} emoji at the end of blurbs`} labelHeading="Emoji" valueHeading="Uses" rows={stats.emoji.top.map(({ name, count }) => ({ key: name, label: name, value: count }))} />
          </section>
          <StatsRepeatedLinks links={stats.repeatedLinks} />
        </div>
      )}
    </main>
  );
}
