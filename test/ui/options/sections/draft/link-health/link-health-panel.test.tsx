// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserLinkChecks } from '../../../../../../options/sections/draft/link-health/browser-link-checks';
import { LinkHealthPanel } from '../../../../../../options/sections/draft/link-health/LinkHealthPanel';
import { createLinkHealthStore, type LinkHealthStore } from '../../../../../../options/sections/draft/link-health/link-health-store';
import type { LinkProbes } from '../../../../../../src/core/link-health';
import { answerPermissionRequests, browserFake } from '../../../../../fakes/browser';

const ITEMS = [
  { title: 'Gateway API is GA', url: 'https://blog.example/gateway' },
  { title: 'A post that was taken down', url: 'https://blog.example/taken-down' },
  { title: 'An old link', url: 'https://old.example/post' },
  { title: 'Slow site', url: 'https://slow.example/post' },
  { title: 'Plain http', url: 'http://plain.example/post' },
];

/** Answers as the browser would for each address: status and where redirects end. */
const WEB: Record<string, { status: number; url?: string } | 'timeout'> = {
  'https://blog.example/gateway': { status: 200 },
  'https://blog.example/taken-down': { status: 404 },
  'https://old.example/post': { status: 200, url: 'https://old.example/' },
  'https://slow.example/post': 'timeout',
  'http://plain.example/post': { status: 200 },
  'https://plain.example/post': { status: 200 },
};

function stubFetch() {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const entry = WEB[String(input)];
    if (entry === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    if (!entry) throw new TypeError('Failed to fetch');
    const url = entry.url ?? String(input);
    return { status: entry.status, url, redirected: url !== String(input), headers: new Headers(), body: null } as Response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const badgeOf = (number: number) =>
  within(screen.getByRole('listitem', { name: `Item ${number}` })).getByText(/^(OK|Dead|Moved|Redirects|https|Couldn't|Checking|Not checked)/).textContent;

/** The store the editor composes: checks through the (fake) browser and the stubbed fetch. */
let health: LinkHealthStore;
beforeEach(() => {
  health = createLinkHealthStore(browserLinkChecks);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the link health panel', () => {
  it('explains itself and checks nothing before the click', () => {
    const fetch = stubFetch();
    render(<LinkHealthPanel items={ITEMS} health={health} />);
    expect(screen.getByRole('button', { name: 'Check links' })).toBeTruthy();
    expect(screen.getByText(/asks for permission to reach those sites/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Link check results' })).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    expect(browserFake.permissionRequests).toEqual([]);
  });

  it('asks for the sites within the click, then shows a badge per item and a summary', async () => {
    stubFetch();
    render(<LinkHealthPanel items={ITEMS} health={health} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    // Synchronously, in the click's own turn: the browser only prompts during a user gesture.
    expect(browserFake.permissionRequests).toEqual([
      { origins: ['http://*.plain.example/*', 'https://*.blog.example/*', 'https://*.old.example/*', 'https://*.plain.example/*', 'https://*.slow.example/*'] },
    ]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        "5 links checked: 1 dead, 1 redirects to a home page, 1 with an https version, 1 couldn't be verified, 1 OK.",
      ),
    );
    expect([1, 2, 3, 4, 5].map(badgeOf)).toEqual(['OK', 'Dead (404)', 'Redirects to home page', "Couldn't verify (timeout)", 'https available']);
    const row = screen.getByRole('listitem', { name: 'Item 2' });
    expect(row.textContent).toContain('2. A post that was taken down');
    expect(row.textContent).toContain('The page is not there any more (404 Not Found).');
    const https = within(screen.getByRole('listitem', { name: 'Item 5' })).getByRole('link', { name: 'Open the new address' });
    expect(https.getAttribute('href')).toBe('https://plain.example/post');
  });

  it('says so when permission is declined, and requests nothing', async () => {
    const fetch = stubFetch();
    answerPermissionRequests(false);
    render(<LinkHealthPanel items={ITEMS} health={health} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Permission to reach these sites was declined, so no link was checked.'));
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Link check results' })).toBeNull();
  });

  it('marks an item whose link changed after the check as not checked', async () => {
    stubFetch();
    const { rerender } = render(<LinkHealthPanel items={ITEMS.slice(0, 2)} health={health} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 links checked: 1 dead, 1 OK.'));
    rerender(<LinkHealthPanel items={[ITEMS[0]!, { ...ITEMS[1]!, url: 'https://blog.example/fixed' }]} health={health} />);
    expect(badgeOf(1)).toBe('OK');
    expect(badgeOf(2)).toBe('Not checked');
  });

  // Regression (issue 12, item 9): "Asking for permission…" stayed on the new draft after publishing.
  it('starts afresh for the next draft: the old status and results are gone', async () => {
    const deps = { requestAccess: () => new Promise<boolean>(() => {}), checkLink: async (): Promise<LinkProbes> => Promise.reject(new Error('not asked')) };
    const faked = createLinkHealthStore(deps);
    const { rerender } = render(<LinkHealthPanel draftId="issue-135" items={ITEMS.slice(0, 2)} health={faked} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Asking for permission to reach these sites…'));
    // Published: the next draft, another issue, happens to start with the same links.
    rerender(<LinkHealthPanel draftId="issue-136" items={ITEMS.slice(0, 2)} health={faked} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
    expect((screen.getByRole('button', { name: 'Check links' }) as HTMLButtonElement).disabled).toBe(false);
  });

  // The store is the page's and outlives the panel: a check left running must not greet the return.
  it('forgets a check under way when the curator leaves the draft, and starts afresh on return', async () => {
    const deps = { requestAccess: () => new Promise<boolean>(() => {}), checkLink: async (): Promise<LinkProbes> => Promise.reject(new Error('not asked')) };
    const faked = createLinkHealthStore(deps);
    const { unmount } = render(<LinkHealthPanel draftId="issue-135" items={ITEMS.slice(0, 2)} health={faked} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Asking for permission to reach these sites…'));
    unmount();
    render(<LinkHealthPanel draftId="issue-135" items={ITEMS.slice(0, 2)} health={faked} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect((screen.getByRole('button', { name: 'Check links' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('no longer shows the summary once the links change, and none of the check for a draft with other links', async () => {
    stubFetch();
    const { rerender } = render(<LinkHealthPanel draftId="issue-135" items={ITEMS.slice(0, 2)} health={health} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 links checked: 1 dead, 1 OK.'));
    rerender(<LinkHealthPanel draftId="issue-135" items={ITEMS.slice(0, 1)} health={health} />);
    expect(screen.getByRole('status').textContent).toBe('The links changed after this check: check again for a new summary.');
    expect(badgeOf(1)).toBe('OK');
    rerender(<LinkHealthPanel draftId="issue-135" items={ITEMS.slice(2, 3)} health={health} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('list', { name: 'Link check results' })).toBeNull();
  });

  it('takes its checks from its store, for a fake browser', async () => {
    const checked: string[] = [];
    const deps = {
      requestAccess: async () => true,
      checkLink: async (url: string): Promise<LinkProbes> => {
        checked.push(url);
        return { url, probe: { kind: 'answered', status: 410, finalUrl: url, redirected: false, headers: {} } };
      },
    };
    render(<LinkHealthPanel items={ITEMS.slice(0, 1)} health={createLinkHealthStore(deps)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check links' }));
    await waitFor(() => expect(badgeOf(1)).toBe('Dead (410)'));
    expect(checked).toEqual(['https://blog.example/gateway']);
  });

  it('cannot be clicked for an issue without items', () => {
    render(<LinkHealthPanel items={[]} health={health} />);
    expect((screen.getByRole('button', { name: 'Check links' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
