// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MONTH_ROWS_SHOWN } from '../../../../../options/sections/stats/StatsPerMonth';
import { StatsView } from '../../../../../options/sections/stats/StatsView';
import { createStatsStore } from '../../../../../options/sections/stats/stats-store';
import { parseIssue } from '../../../../../src/core/kubelist';
import { addItem, importIssues, loadArchiveStats, openCuratorDb } from '../../../../../src/storage';
import { archiveFileNames, archivePresent, archiveText, issueNumberOf, itWithArchive } from '../../../../fixtures/archive';

let dbCount = 0;
const numbers = archivePresent ? archiveFileNames().map((name) => issueNumberOf(name)!) : [];

async function renderStats(archived: number[]) {
  const db = await openCuratorDb(`stats-view-${++dbCount}`);
  await importIssues(db, { entries: archived.map((n) => ({ issue: parseIssue(archiveText(n)).issue, onConflict: 'skip' as const })) });
  const stats = createStatsStore({ loadArchiveStats: (options) => loadArchiveStats(db, options) });
  render(<StatsView stats={stats} />);
  await stats.load();
  return { db, stats };
}
const table = (caption: RegExp) => screen.getAllByRole('table').find((t) => caption.test(t.querySelector('caption')!.textContent!))!;
const rowsOf = (caption: RegExp) => within(table(caption)).getAllByRole('row').slice(1);

afterEach(cleanup);

describe('the statistics view', () => {
  itWithArchive('shows the archive: 133 issues, 886 items, per month, per issue, sites, emoji and the 20 re-featured links', async () => {
    const { db, stats } = await renderStats(numbers);
    // A draft item repeating an archived link is not part of the archive's record.
    await addItem(db, { title: 'K3s again', url: 'https://k3s.io/', commentary: '' });
    await stats.load();
    await waitFor(() => expect(screen.getByText('133 issues, 886 items')).toBeTruthy());

    // 42 months, the pause from September 2019 to March 2020 as one row.
    expect(rowsOf(/each month/)).toHaveLength(36);
    expect(within(rowsOf(/each month/)[0]!).getAllByRole('cell')[0]!.textContent).toBe('2');
    expect(screen.getByRole('rowheader', { name: '2019-09 – 2020-03: no issues (7 months)' }).closest('tr')!.querySelector('td')!.textContent).toBe('0');
    expect(screen.queryByRole('rowheader', { name: '2019-12' })).toBeNull();
    const figures = screen.getByRole('heading', { name: 'Items per issue' }).parentElement!.querySelector('dl')!;
    expect(figures.textContent).toBe('Fewest1Median7Most9');
    expect(
      rowsOf(/sites/)
        .map((row) => row.textContent)
        .slice(0, 2),
    ).toEqual(['twitter.com131', 'medium.com66']);
    expect(rowsOf(/emoji/)).toHaveLength(20);
    expect(screen.getByText('255 of 886 blurbs end with an emoji.')).toBeTruthy();

    expect(screen.getByRole('heading', { name: 'Links featured more than once (20)' })).toBeTruthy();
    const repeated = screen.getByRole('list', { name: 'Links featured more than once' });
    const links = [...repeated.children];
    expect(links).toHaveLength(20);
    const k3s = links[0]!;
    expect(k3s.textContent).toMatch(/^k3s\.io \(twice\)/);
    expect(
      within(k3s as HTMLElement)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://k3s.io', '#archive/54/1', '#archive/134/1']);
  });

  // Regression (issue 12, item 7): one issue in 2026 after the archive gave ~65 rows of 0.
  itWithArchive('folds a stretch of months without an issue into one row', async () => {
    const { db, stats } = await renderStats(numbers);
    const late = { ...parseIssue(archiveText(134)).issue, number: 135, date: '2026-03-04' };
    await importIssues(db, { entries: [{ issue: late, onConflict: 'skip' }] });
    await stats.load();
    await waitFor(() => expect(screen.getByText('134 issues, 893 items')).toBeTruthy());

    const rows = rowsOf(/each month/);
    expect(rows).toHaveLength(38);
    const gap = screen.getByRole('rowheader', { name: '2021-08 – 2026-02: no issues (55 months)' }).closest('tr')!;
    expect(gap.querySelector('td')!.textContent).toBe('0');
    expect(rows.indexOf(gap)).toBe(rows.length - 2);
    expect(rows.at(-1)!.textContent).toBe('2026-031');
  });

  it('says the archive is empty, with a way to import', async () => {
    await renderStats([]);
    await waitFor(() => expect(screen.getByText(/The archive is empty/)).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Import published issues' }).getAttribute('href')).toBe('#import');
  });
});

describe('the statistics view, while they are worked out again and when they are many', () => {
  const appearance = (number: number) => ({ number, date: '2021-01-06', ordinal: 1, title: `Title ${number}`, url: 'https://a.example/' });
  const stats = {
    issues: 12,
    items: 12,
    perMonth: [{ month: '2021-01', issues: 12 }],
    itemsPerIssue: { min: 1, median: 1, max: 1, distribution: [{ items: 1, issues: 12 }] },
    topSites: [{ name: 'a.example', count: 12 }],
    emoji: { top: [], withEmoji: 0, withoutEmoji: 12 },
    repeatedLinks: { total: 70, links: [{ key: 'a.example', count: 12, appearances: Array.from({ length: 10 }, (_, i) => appearance(i + 3)) }] },
  };

  it('shows how far it has read, busy, until the statistics are there', async () => {
    let finish: (value: typeof stats) => void = () => undefined;
    const store = createStatsStore({
      loadArchiveStats: (options) => {
        options?.onProgress?.({ done: 500, total: 2000 });
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
    });
    render(<StatsView stats={store} />);
    const loading = store.load();
    const progress = await screen.findByRole('progressbar', { name: /Working out the statistics: 500 of 2,000 items read/ });
    expect(progress.getAttribute('value')).toBe('500');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    finish(stats);
    await loading;
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the last five years of months at first, and every month when asked', async () => {
    // 13,300 weekly issues span 255 years: 3,060 rows rendered on every visit.
    const perMonth = Array.from({ length: 100 }, (_, i) => ({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, issues: 4 }));
    const store = createStatsStore({ loadArchiveStats: async () => ({ ...stats, perMonth }) });
    render(<StatsView stats={store} />);
    await store.load();
    await waitFor(() => expect(rowsOf(/each month/)).toHaveLength(MONTH_ROWS_SHOWN));
    expect(table(/each month/).querySelector('caption')!.textContent).toBe('Issues published each month since 2003-05, oldest first');
    expect(rowsOf(/each month/).at(-1)!.textContent).toBe('2008-044');
    fireEvent.click(screen.getByRole('button', { name: 'Show the 40 earlier rows (from 2000-01)' }));
    await waitFor(() => expect(rowsOf(/each month/)).toHaveLength(100));
    expect(rowsOf(/each month/)[0]!.textContent).toBe('2000-014');
    expect(screen.queryByRole('button', { name: /earlier rows/ })).toBeNull();
  });

  it('says how many repeated links there are beyond those listed, and how many earlier appearances each has', async () => {
    const store = createStatsStore({ loadArchiveStats: async () => stats });
    render(<StatsView stats={store} />);
    await store.load();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Links featured more than once (70)' })).toBeTruthy());
    expect(screen.getByText('The 1 featured most often:')).toBeTruthy();
    const link = screen.getByRole('list', { name: 'Links featured more than once' }).children[0] as HTMLElement;
    expect(link.textContent).toMatch(/^a\.example \(12 times\)… and 2 earlier appearances#3/);
    expect(
      within(link)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toHaveLength(11);
  });
});
