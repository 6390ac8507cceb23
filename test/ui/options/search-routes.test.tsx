// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRoute, type Route, routeHash, useReveal } from '../../../options/route';
import { ArchiveIssue } from '../../../options/sections/archive/ArchiveIssue';
import { SectionNav } from '../../../options/shared/SectionNav';
import { parseIssue } from '../../../src/core/kubelist';
import { archiveText, describeWithArchive } from '../../fixtures/archive';
import { WAIT_TIMEOUT } from '../../timeouts';

afterEach(cleanup);

describe('the routes search adds', () => {
  it.each<[string, Route]>([
    ['#search', { view: 'search', query: '' }],
    ['#search?q=neodymium', { view: 'search', query: 'neodymium' }],
    ['#search?q=%22service%20mesh%22%20k%C3%BCbe', { view: 'search', query: '"service mesh" kübe' }],
    ['#search?q=a+b&x=1', { view: 'search', query: 'a b' }],
    ['#stats', { view: 'stats' }],
    ['#collected', { view: 'collected' }],
    ['#archive/117/3', { view: 'archive', number: 117, item: 3 }],
    ['#archive/117/3/', { view: 'archive', number: 117, item: 3 }],
    ['#draft/6f1c-22ab', { view: 'draft', item: '6f1c-22ab' }],
    ['#draft/<script>', { view: 'draft' }],
    ['#archive/117/x', { view: 'draft' }],
  ])('%j is %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes back what it reads, and keeps a query with any characters', () => {
    for (const hash of ['#search', '#search?q=neodymium', '#stats', '#collected', '#archive/117/3', '#draft/6f1c-22ab'])
      expect(routeHash(parseRoute(hash))).toBe(hash);
    const query = '"a & b" #tag ?x=1 kübe/ctl';
    expect(parseRoute(routeHash({ view: 'search', query }))).toEqual({ view: 'search', query });
    expect(routeHash({ view: 'search', query: '  ' })).toBe('#search');
  });

  it('adds Search and Stats to the sections', () => {
    render(<SectionNav route={{ view: 'search', query: 'x' }} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Draft', '#draft'],
      ['Collected', '#collected'],
      ['Archive', '#archive'],
      ['Import', '#import'],
      ['Search', '#search'],
      ['Stats', '#stats'],
      ['Backup', '#backup'],
      ['Settings', '#settings'],
    ]);
    expect(screen.getByRole('link', { name: 'Search' }).getAttribute('aria-current')).toBe('page');
  });
});

describeWithArchive('landing on an item', () => {
  const issue = parseIssue(archiveText(8)).issue;

  // The items show once the renderer for intro and blurbs has loaded, all in one render.
  it('highlights and focuses the archived item the address names', async () => {
    render(<ArchiveIssue open={{ number: 8, issue, loading: false }} onStatus={() => undefined} focusItem={3} fileNamePattern="kubelist-{number}.md" />);
    const items = (await screen.findByRole('list', { name: 'Items' })).children;
    expect(items[2]!.getAttribute('aria-current')).toBe('true');
    expect(items[2]!.className).toBe('found');
    await waitFor(() => expect(document.activeElement).toBe(items[2]));
    expect(items[2]!.textContent).toContain('neodymium');
    expect([...items].filter((item) => item.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('highlights nothing without an item in the address', async () => {
    render(<ArchiveIssue open={{ number: 8, issue, loading: false }} onStatus={() => undefined} fileNamePattern="kubelist-{number}.md" />);
    await screen.findByRole('list', { name: 'Items' });
    expect(document.querySelector('[aria-current]')).toBeNull();
  });

  it('reveals an element only once it is rendered', () => {
    function Card({ ready }: { ready: boolean }) {
      useReveal('item-abc', ready);
      return ready ? <div id="item-abc" tabIndex={-1} /> : <p>Opening…</p>;
    }
    const { rerender } = render(<Card ready={false} />);
    expect(document.activeElement).toBe(document.body);
    rerender(<Card ready />);
    expect(document.activeElement).toBe(document.getElementById('item-abc'));
  });
});

describe('useRoute', () => {
  it('follows a hash change made right after the first render, before the page has painted', async () => {
    const { render: mount } = await import('preact');
    const { useRoute } = await import('../../../options/route');
    const seen: string[] = [];
    function Shows() {
      const route = useRoute();
      seen.push(route.view);
      return <p>{route.view}</p>;
    }
    history.replaceState(null, '', '#');
    const root = document.createElement('div');
    document.body.append(root);
    // Preact's own render, outside act(): plain effects wait for a frame, as in the browser.
    mount(<Shows />, root);
    location.hash = '#settings';
    // Polled, not slept: a missed hashchange never arrives, however long the wait.
    await vi.waitFor(() => expect(seen.at(-1)).toBe('settings'), { timeout: WAIT_TIMEOUT });
    mount(null, root);
    root.remove();
    history.replaceState(null, '', '#');
  });
});
