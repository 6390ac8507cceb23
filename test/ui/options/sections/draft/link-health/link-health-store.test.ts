import { describe, expect, it } from 'vitest';
import { createLinkHealthStore, healthForLinks, type LinkHealthDeps } from '../../../../../../options/sections/draft/link-health/link-health-store';
import type { LinkProbes } from '../../../../../../src/core/link-health';

const answered = (url: string, status: number): LinkProbes => ({ url, probe: { kind: 'answered', status, finalUrl: url, redirected: false, headers: {} } });

/** Checks that wait until the test answers them, so the test sees what runs at once. */
function heldChecks(accept = true) {
  const pending: { url: string; signal: AbortSignal; answer(status: number): void }[] = [];
  const requested: (readonly string[])[] = [];
  const deps: LinkHealthDeps = {
    requestAccess: (urls) => {
      requested.push(urls);
      return Promise.resolve(accept);
    },
    checkLink: (url, signal) => new Promise((resolve) => pending.push({ url, signal, answer: (status) => resolve(answered(url, status)) })),
  };
  return { deps, pending, requested };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the link health store', () => {
  it('asks once for all links, checks each distinct link once, four at a time, and sums up', async () => {
    const { deps, pending, requested } = heldChecks();
    const health = createLinkHealthStore(deps);
    const urls = [
      'https://a.example/1',
      'https://b.example/2',
      ' https://a.example/1 ',
      'https://c.example/3',
      'https://d.example/4',
      'https://e.example/5',
      '',
    ];
    const run = health.run(urls);
    expect(requested).toEqual([['https://a.example/1', 'https://b.example/2', 'https://c.example/3', 'https://d.example/4', 'https://e.example/5']]);
    await flush();
    expect(pending.map((p) => p.url)).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/3', 'https://d.example/4']);
    expect(health.store.get()).toMatchObject({ phase: 'checking', total: 5, checked: 0, message: 'Checked 0 of 5 links…' });

    pending[1]!.answer(404);
    await flush();
    expect(pending).toHaveLength(5);
    expect(health.store.get()).toMatchObject({ checked: 1, message: 'Checked 1 of 5 links…' });
    expect(health.store.get().results['https://b.example/2']?.verdict).toEqual({ code: 'dead', answer: 404 });
    for (const check of [pending[0]!, pending[2]!, pending[3]!, pending[4]!]) check.answer(200);
    await run;
    expect(health.store.get()).toMatchObject({ phase: 'done', checked: 5, message: '5 links checked: 1 dead, 4 OK.' });
  });

  it('checks nothing when the curator declines the permission', async () => {
    const { deps, pending } = heldChecks(false);
    const health = createLinkHealthStore(deps);
    await health.run(['https://a.example/1']);
    expect(pending).toEqual([]);
    expect(health.store.get()).toMatchObject({ phase: 'declined', message: 'Permission to reach these sites was declined, so no link was checked.' });
  });

  it('asks nothing for an issue without links', async () => {
    const { deps, requested } = heldChecks();
    const health = createLinkHealthStore(deps);
    await health.run(['', '  ']);
    expect(requested).toEqual([]);
    expect(health.store.get().message).toBe('There are no links to check.');
  });

  it('ignores a second click while a check runs', async () => {
    const { deps, pending, requested } = heldChecks();
    const health = createLinkHealthStore(deps);
    const first = health.run(['https://a.example/1']);
    await health.run(['https://a.example/1']);
    expect(requested).toHaveLength(1);
    await flush();
    pending[0]!.answer(200);
    await first;
    expect(health.store.get().message).toBe('1 link checked: all OK.');
  });

  it('stops when disposed: the running checks are aborted and nothing more starts', async () => {
    const { deps, pending } = heldChecks();
    const health = createLinkHealthStore(deps, 1);
    const run = health.run(['https://a.example/1', 'https://b.example/2']);
    await flush();
    health.dispose();
    expect(pending[0]!.signal.aborted).toBe(true);
    pending[0]!.answer(200);
    await run;
    expect(pending).toHaveLength(1);
    expect(health.store.get().phase).toBe('checking');
  });

  // Regression (issue 12, item 9): "Asking for permission…" stayed on the new draft after publishing.
  it('starts afresh on reset: no "Asking for permission" is left, and the late answer changes nothing', async () => {
    let grant: (granted: boolean) => void = () => {};
    const checked: string[] = [];
    const health = createLinkHealthStore({
      requestAccess: () => new Promise((resolve) => (grant = resolve)),
      checkLink: async (url) => {
        checked.push(url);
        return answered(url, 200);
      },
    });
    const run = health.run(['https://a.example/1']);
    expect(health.store.get()).toMatchObject({ phase: 'asking', message: 'Asking for permission to reach these sites…' });
    health.reset();
    expect(health.store.get()).toEqual({ phase: 'idle', total: 0, checked: 0, results: {}, links: [], message: '' });
    grant(true);
    await run;
    expect(health.store.get().phase).toBe('idle');
    expect(checked).toEqual([]);
  });

  it('lets a finished check speak only for the links it checked', async () => {
    const health = createLinkHealthStore({ requestAccess: async () => true, checkLink: async (url) => answered(url, url.endsWith('2') ? 404 : 200) });
    await health.run(['https://a.example/1', 'https://b.example/2']);
    const done = health.store.get();
    expect(done.message).toBe('2 links checked: 1 dead, 1 OK.');
    // The same links, in another order or spelled with spaces: the summary still holds.
    expect(healthForLinks(done, [' https://b.example/2', 'https://a.example/1', ''])).toBe(done);
    // One link gone: the verdict on the other still applies, the summary no longer does.
    expect(healthForLinks(done, ['https://a.example/1'])).toEqual({ ...done, message: 'The links changed after this check: check again for a new summary.' });
    // None of the checked links left (a new draft): nothing of the check applies.
    expect(healthForLinks(done, ['https://c.example/3'])).toEqual({ phase: 'idle', total: 0, checked: 0, results: {}, links: [], message: '' });
  });

  it('drops a declined permission once the links change, so the curator can ask again', async () => {
    const health = createLinkHealthStore({ requestAccess: async () => false, checkLink: async (url) => answered(url, 200) });
    await health.run(['https://a.example/1']);
    const declined = health.store.get();
    expect(declined.phase).toBe('declined');
    expect(healthForLinks(declined, ['https://a.example/1'])).toBe(declined);
    expect(healthForLinks(declined, ['https://a.example/1', 'https://b.example/2']).phase).toBe('idle');
  });

  it('says so when a check fails unexpectedly', async () => {
    const health = createLinkHealthStore({ requestAccess: async () => true, checkLink: async () => Promise.reject(new Error('boom')) });
    await health.run(['https://a.example/1']);
    expect(health.store.get()).toMatchObject({ phase: 'failed', message: 'The check stopped: boom' });
  });
});
