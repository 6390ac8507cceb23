import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, requestLinkAccess } from '../../../src/platform/check-link';
import { answerPermissionRequests, browserFake } from '../../fakes/browser';
import { WAIT_TIMEOUT } from '../../timeouts';

/**
 * checkLink against a real HTTP server on 127.0.0.1 (Node's fetch stands in for the page's):
 * real redirects, real HEAD handling, a request that never gets an answer. What only a browser
 * does (refusing a redirect to a site outside the permission, https on public hosts) goes
 * through a fake fetch below.
 */
type Route = (request: IncomingMessage, response: ServerResponse) => void;
const status =
  (code: number, headers: Record<string, string> = {}): Route =>
  (_, response) => {
    response.writeHead(code, { 'content-type': 'text/html', ...headers });
    response.end('<!doctype html><title>page</title>');
  };
const redirect =
  (location: string, code = 301): Route =>
  (_, response) => {
    response.writeHead(code, { location });
    response.end();
  };
const ROUTES: Record<string, Route> = {
  '/': status(200),
  '/ok': status(200),
  '/gone': status(404),
  '/removed': status(410),
  '/broken': status(500),
  '/old-post': redirect('/'),
  '/renamed': redirect('/new-name', 302),
  '/new-name': status(200),
  '/trailing': redirect('/trailing/'),
  '/trailing/': status(200),
  '/no-head': (request, response) => status(request.method === 'HEAD' ? 405 : 200)(request, response),
  '/head-says-404': (request, response) => status(request.method === 'HEAD' ? 404 : 200)(request, response),
  '/wall': status(503, { server: 'cloudflare', 'cf-mitigated': 'challenge' }),
  '/linkedin': status(999),
  // Never answers: the check must give up on its own.
  '/silent': () => undefined,
};

const requests: string[] = [];
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  requests.push(`${request.method} ${path}${request.headers.cookie ? ' with cookie' : ''}`);
  (ROUTES[path] ?? status(404))(request, response);
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const check = (path: string, timeoutMs = WAIT_TIMEOUT) => checkLink(`${base}${path}`, { timeoutMs });

describe('checkLink against a real server', () => {
  it('reports a live page with one HEAD request', async () => {
    requests.length = 0;
    expect(await check('/ok')).toEqual({
      url: `${base}/ok`,
      probe: { kind: 'answered', status: 200, finalUrl: `${base}/ok`, redirected: false, headers: {} },
    });
    expect(requests).toEqual(['HEAD /ok']);
  });

  it('confirms a dead page with a GET before reporting it', async () => {
    requests.length = 0;
    expect((await check('/gone')).probe).toMatchObject({ kind: 'answered', status: 404 });
    expect(requests).toEqual(['HEAD /gone', 'GET /gone']);
    expect((await check('/removed')).probe).toMatchObject({ status: 410 });
    expect((await check('/broken')).probe).toMatchObject({ status: 500 });
  });

  it('falls back to GET when HEAD is refused or answered wrongly', async () => {
    expect((await check('/no-head')).probe).toMatchObject({ kind: 'answered', status: 200 });
    expect((await check('/head-says-404')).probe).toMatchObject({ kind: 'answered', status: 200 });
  });

  it('follows redirects and reports where they end', async () => {
    expect((await check('/old-post')).probe).toEqual({ kind: 'answered', status: 200, finalUrl: `${base}/`, redirected: true, headers: {} });
    expect((await check('/renamed')).probe).toMatchObject({ finalUrl: `${base}/new-name`, redirected: true });
    expect((await check('/trailing')).probe).toMatchObject({ finalUrl: `${base}/trailing/`, redirected: true });
  });

  it('keeps the headers that give a bot wall away', async () => {
    expect((await check('/wall')).probe).toMatchObject({ status: 503, headers: { server: 'cloudflare', 'cf-mitigated': 'challenge' } });
    expect((await check('/linkedin')).probe).toMatchObject({ status: 999 });
  });

  it('gives up on a site that does not answer, after one request', async () => {
    requests.length = 0;
    expect((await check('/silent', 100)).probe).toEqual({ kind: 'failed', reason: 'timeout' });
    expect(requests).toEqual(['HEAD /silent']);
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect((await checkLink(`http://127.0.0.1:${port}/x`, { timeoutMs: WAIT_TIMEOUT })).probe).toEqual({ kind: 'failed', reason: 'network' });
  });

  it('stops when the curator leaves: the signal rejects the check', async () => {
    const controller = new AbortController();
    const pending = checkLink(`${base}/silent`, { timeoutMs: 60_000, signal: controller.signal });
    await expect.poll(() => requests.at(-1)).toBe('HEAD /silent');
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('requests nothing for what is not an http(s) link', async () => {
    requests.length = 0;
    expect(await checkLink('javascript:alert(1)', { timeoutMs: 100 })).toEqual({ url: 'javascript:alert(1)', probe: { kind: 'failed', reason: 'not-web' } });
    expect(requests).toEqual([]);
  });
});

/** Answers like a browser would, from a table of URL -> status (or a redirect's target). */
function fakeWeb(table: Record<string, number | { to: string } | 'refused'>) {
  const asked: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let url = String(input);
    asked.push(`${init?.method} ${url}${init?.redirect === 'manual' ? ' (manual)' : ''}`);
    let redirected = false;
    for (;;) {
      const entry = table[url] ?? 'refused';
      if (entry === 'refused') throw new TypeError('Failed to fetch');
      if (typeof entry === 'number') return { status: entry, url, redirected, headers: new Headers(), body: null } as Response;
      // What a browser gives for a redirect it was told not to follow.
      if (init?.redirect === 'manual')
        return { type: 'opaqueredirect', status: 0, url: '', redirected: false, headers: new Headers(), body: null } as unknown as Response;
      url = entry.to;
      redirected = true;
    }
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

describe('checkLink in the browser’s terms', () => {
  it('also asks the https version of an http link on a public host', async () => {
    const web = fakeWeb({ 'http://example.com/post': 200, 'https://example.com/post': 200 });
    const result = await checkLink('http://example.com/post', { timeoutMs: WAIT_TIMEOUT, fetch: web.fetch });
    expect(result.https).toMatchObject({ kind: 'answered', status: 200, finalUrl: 'https://example.com/post' });
    expect(web.asked).toEqual(['HEAD http://example.com/post', 'HEAD https://example.com/post']);
  });

  it('does not ask https again when the site already redirected there', async () => {
    const web = fakeWeb({ 'http://example.com/post': { to: 'https://example.com/post' }, 'https://example.com/post': 200 });
    const result = await checkLink('http://example.com/post', { timeoutMs: WAIT_TIMEOUT, fetch: web.fetch });
    expect(result.https).toBeUndefined();
    expect(result.probe).toMatchObject({ finalUrl: 'https://example.com/post', redirected: true });
  });

  it('tells a redirect it may not follow from an unreachable site', async () => {
    // The browser refuses the cross-site hop (no permission there) as if the network failed.
    const web = fakeWeb({ 'https://example.com/post': { to: 'https://elsewhere.example/landing' } });
    const result = await checkLink('https://example.com/post', { timeoutMs: WAIT_TIMEOUT, fetch: web.fetch });
    expect(result.probe).toEqual({ kind: 'failed', reason: 'redirect-blocked' });
    const down = await checkLink('https://down.example/post', { timeoutMs: WAIT_TIMEOUT, fetch: fakeWeb({}).fetch });
    expect(down.probe).toEqual({ kind: 'failed', reason: 'network' });
  });
});

describe('requestLinkAccess', () => {
  it('asks for the links’ sites at once, in the same turn as the click', () => {
    const granted = requestLinkAccess(['https://www.example.com/a', 'http://127.0.0.1:4000/b']);
    // Recorded before anything was awaited: a browser would still see the click.
    expect(browserFake.permissionRequests).toEqual([{ origins: ['http://127.0.0.1/*', 'https://*.example.com/*'] }]);
    return expect(granted).resolves.toBe(true);
  });

  it('resolves false when the curator declines', async () => {
    answerPermissionRequests(false);
    expect(await requestLinkAccess(['https://example.com/a'])).toBe(false);
    expect(browserFake.grantedOrigins).toEqual([]);
  });

  it('asks nothing when there is no web link', async () => {
    expect(await requestLinkAccess(['', 'mailto:a@example.com'])).toBe(true);
    expect(browserFake.permissionRequests).toEqual([]);
  });
});
