import { type Answered, BOT_WALL_HEADERS, httpsVersion, type LinkProbes, originPatternsFor, type Probe, wantsHttpsProbe, webUrl } from '../core/link-health';
import { browser } from './browser';

export interface CheckLinkOptions {
  /** How long one request may take before the link counts as "couldn't verify (timeout)". */
  timeoutMs: number;
  /** Aborting it stops the check: the returned promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Tests pass their own; the extension uses the page's. */
  fetch?: typeof fetch;
}

/**
 * Asks for the host permissions that checking these links needs (see `originPatternsFor`).
 * Browsers accept the request only during the curator's click, so this must run from the click
 * handler before anything is awaited: it calls `permissions.request` synchronously and returns
 * its promise. Resolves false when the curator declines; true without asking when there is
 * nothing to reach or everything was granted before.
 */
export function requestLinkAccess(urls: readonly string[]): Promise<boolean> {
  const origins = originPatternsFor(urls);
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins });
}

/**
 * Requests the link the way a reader's browser would reach it, redirects followed, and reports
 * what came back as plain data for `classifyLink`. HEAD first, to spare the site the page; GET
 * when HEAD is not a plain success, since many servers answer HEAD wrongly (405, 404, 403) and
 * "dead" must come from a real page request. No cookies are sent, nothing is cached. For http
 * links the site did not redirect to https itself, the https version is asked too.
 */
export async function checkLink(url: string, options: CheckLinkOptions): Promise<LinkProbes> {
  const link = webUrl(url);
  if (!link) return { url, probe: { kind: 'failed', reason: 'not-web' } };
  const probe = await probeUrl(link.href, options);
  // Unless the site already sent the check to https, see whether the page answers there.
  const reachedHttps = probe.kind === 'answered' && webUrl(probe.finalUrl)?.protocol === 'https:';
  if (reachedHttps || !wantsHttpsProbe(link.href)) return { url, probe };
  return { url, probe, https: await probeUrl(httpsVersion(link).href, options) };
}

async function probeUrl(url: string, options: CheckLinkOptions): Promise<Probe> {
  const head = await request(url, 'HEAD', 'follow', options);
  if (head.kind === 'answered' && head.status >= 200 && head.status < 300) return head;
  // A site that doesn't answer in time to HEAD won't to GET either; waiting again only doubles it.
  if (head.kind === 'failed' && head.reason === 'timeout') return head;
  const get = await request(url, 'GET', 'follow', options);
  if (get.kind === 'answered') return get;
  if (get.reason === 'network') {
    // Redirects the browser won't follow for the extension (to a site outside the permission)
    // fail like an unreachable site; a request that does not follow them tells the two apart.
    const first = await request(url, 'GET', 'manual', options);
    if (first.kind === 'answered' && (first.status === 0 || (first.status >= 300 && first.status < 400))) {
      return { kind: 'failed', reason: 'redirect-blocked' };
    }
  }
  return head.kind === 'answered' ? head : get;
}

async function request(url: string, method: 'HEAD' | 'GET', redirect: RequestRedirect, options: CheckLinkOptions): Promise<Probe> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method,
      redirect,
      signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    // Only the status matters: stop the body from downloading.
    void response.body?.cancel().catch(() => undefined);
    // A manual redirect comes back opaque in browsers: status 0, nothing readable.
    return {
      kind: 'answered',
      status: response.status,
      finalUrl: response.url || url,
      redirected: response.redirected,
      headers: pickHeaders(response.headers),
    };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const timedOut = timeout.aborted || (error instanceof DOMException && error.name === 'TimeoutError');
    return { kind: 'failed', reason: timedOut ? 'timeout' : 'network' };
  }
}

function pickHeaders(headers: Headers): Answered['headers'] {
  const picked: Answered['headers'] = {};
  for (const name of BOT_WALL_HEADERS) {
    const value = headers.get(name);
    if (value !== null) picked[name] = value;
  }
  return picked;
}
