import { describe, expect, it } from 'vitest';
import { type Answered, classifyLink, type LinkProbes, type Probe } from '../../../../src/core/link-health';

const POST = 'https://blog.example.com/2026/05/gateway-api';

/** An answer to `url`, as the platform would report it. */
function answered(status: number, finalUrl: string, more: Partial<Answered> = {}): Answered {
  return { kind: 'answered', status, finalUrl, redirected: false, headers: {}, ...more };
}
const redirectedTo = (finalUrl: string, status = 200, more: Partial<Answered> = {}) => answered(status, finalUrl, { redirected: true, ...more });
const check = (url: string, probe: Probe, https?: Probe): LinkProbes => (https ? { url, probe, https } : { url, probe });

describe('classifyLink: answers', () => {
  it('is OK for a 2xx answer at the link itself', () => {
    // Codes and values only: the editor words them (link-health-text.ts).
    expect(classifyLink(check(POST, answered(200, POST)))).toEqual({ status: 'ok', verdict: { code: 'ok', answer: 200, redirected: false } });
    expect(classifyLink(check(POST, answered(204, POST))).status).toBe('ok');
  });

  it.each([404, 410, 400, 405, 500, 502, 503, 504])('is dead for a %i', (status) => {
    const health = classifyLink(check(POST, answered(status, POST)));
    expect(health).toEqual({ status: 'dead', verdict: { code: 'dead', answer: status } });
  });

  it('is dead when the redirects end on a 404', () => {
    expect(classifyLink(check(POST, redirectedTo('https://blog.example.com/missing', 404)))).toEqual({
      status: 'dead',
      verdict: { code: 'dead', answer: 404 },
    });
  });

  it.each([
    [401, 'login'],
    [403, 'robots'],
    [407, 'proxyLogin'],
    [429, 'tooMany'],
    [451, 'withheld'],
    [999, 'robots'],
  ] as const)('cannot verify a %i (the site keeps robots out; the page may be fine)', (status, refusal) => {
    const health = classifyLink(check(POST, answered(status, POST)));
    expect(health).toEqual({ status: 'unverified', verdict: { code: 'unverified', why: { code: 'refused', answer: status, refusal } } });
  });

  it('cannot verify a 503 bot wall, but a plain 503 is dead', () => {
    const cloudflare = answered(503, POST, { headers: { server: 'cloudflare' } });
    expect(classifyLink(check(POST, cloudflare))).toEqual({ status: 'unverified', verdict: { code: 'unverified', why: { code: 'botCheck', answer: 503 } } });
    expect(classifyLink(check(POST, answered(503, POST, { headers: { server: 'nginx' } })))).toEqual({
      status: 'dead',
      verdict: { code: 'dead', answer: 503 },
    });
  });

  it('cannot verify a marked challenge, whatever its status', () => {
    const challenge = answered(403, POST, { headers: { 'cf-mitigated': 'challenge', server: 'cloudflare' } });
    expect(classifyLink(check(POST, challenge)).verdict).toEqual({ code: 'unverified', why: { code: 'botCheck', answer: 403 } });
    // AWS WAF answers its challenge with a 202, which is not the page.
    expect(classifyLink(check(POST, answered(202, POST, { headers: { 'x-amzn-waf-action': 'challenge' } }))).status).toBe('unverified');
  });

  it('cannot verify an answer outside 2xx-5xx (a redirect without a Location, say)', () => {
    expect(classifyLink(check(POST, answered(302, POST)))).toEqual({
      status: 'unverified',
      verdict: { code: 'unverified', why: { code: 'unexpected', answer: 302 } },
    });
  });
});

describe('classifyLink: failures', () => {
  it.each([
    ['timeout', 'timeout'],
    ['network', 'network'],
    ['redirect-blocked', 'redirectBlocked'],
  ] as const)('cannot verify a %s, never calls it dead', (reason, code) => {
    expect(classifyLink(check(POST, { kind: 'failed', reason }))).toEqual({ status: 'unverified', verdict: { code: 'unverified', why: { code } } });
  });

  it('cannot verify what is not an http(s) link', () => {
    const notWeb = { status: 'unverified', verdict: { code: 'unverified', why: { code: 'notWeb' } } };
    expect(classifyLink(check('mailto:editor@example.com', { kind: 'failed', reason: 'not-web' }))).toEqual(notWeb);
    expect(classifyLink(check('', answered(200, '')))).toEqual(notWeb);
  });
});

describe('classifyLink: redirects', () => {
  it('flags a page that now lands on the home page of its site', () => {
    const health = classifyLink(check(POST, redirectedTo('https://blog.example.com/')));
    expect(health).toEqual({ status: 'redirect-home', verdict: { code: 'redirectHome', host: 'blog.example.com' } });
  });

  it('counts an empty path, an index file and another site’s home as a home page', () => {
    expect(classifyLink(check(POST, redirectedTo('https://blog.example.com'))).status).toBe('redirect-home');
    expect(classifyLink(check(POST, redirectedTo('https://blog.example.com/index.html'))).status).toBe('redirect-home');
    expect(classifyLink(check(POST, redirectedTo('https://acquirer.example/?from=blog'))).status).toBe('redirect-home');
  });

  it('does not flag a home page link that stays on the home page', () => {
    expect(classifyLink(check('https://example.com', redirectedTo('https://www.example.com/'))).status).toBe('ok');
  });

  it('calls a link moved when it lands on another page, and suggests that page', () => {
    const to = 'https://kubernetes.example.org/blog/2026/05/gateway-api-ga/';
    expect(classifyLink(check(POST, redirectedTo(to)))).toEqual({ status: 'moved', verdict: { code: 'moved', to }, suggestion: to });
  });

  it('is OK after a harmless redirect: www, trailing slash', () => {
    const health = classifyLink(check('https://example.com/post', redirectedTo('https://www.example.com/post/')));
    expect(health).toEqual({ status: 'ok', verdict: { code: 'ok', answer: 200, redirected: true } });
  });

  it('cannot verify a page that now lands on a sign-in page', () => {
    const health = classifyLink(check(POST, redirectedTo('https://example.com/login?next=%2F2026%2F05')));
    expect(health).toEqual({
      status: 'unverified',
      verdict: { code: 'unverified', why: { code: 'signIn', url: 'https://example.com/login?next=%2F2026%2F05' } },
    });
  });
});

describe('classifyLink: https', () => {
  const HTTP = 'http://blog.example.com/2026/05/gateway-api';

  it('suggests the https version of an http link that answers there', () => {
    const health = classifyLink(check(HTTP, answered(200, HTTP), answered(200, POST)));
    expect(health).toEqual({ status: 'https-available', verdict: { code: 'httpsAvailable', to: POST, because: 'sameAnswers' }, suggestion: POST });
  });

  it('suggests https when the site itself redirects the http link there', () => {
    expect(classifyLink(check(HTTP, redirectedTo(POST)))).toEqual({
      status: 'https-available',
      verdict: { code: 'httpsAvailable', to: POST, because: 'siteRedirects' },
      suggestion: POST,
    });
  });

  it('suggests https when http fails but the same page answers over https', () => {
    const health = classifyLink(check(HTTP, { kind: 'failed', reason: 'network' }, answered(200, POST)));
    expect(health).toEqual({
      status: 'https-available',
      verdict: { code: 'httpsAvailable', to: POST, because: 'httpFails', overHttp: { code: 'unverified', why: { code: 'network' } } },
      suggestion: POST,
    });
  });

  it('keeps an http link OK when its https version fails, redirects to the home page or is a bot wall', () => {
    expect(classifyLink(check(HTTP, answered(200, HTTP), { kind: 'failed', reason: 'network' })).status).toBe('ok');
    expect(classifyLink(check(HTTP, answered(200, HTTP), redirectedTo('https://blog.example.com/'))).status).toBe('ok');
    expect(classifyLink(check(HTTP, answered(200, HTTP), answered(404, POST))).status).toBe('ok');
    expect(classifyLink(check(HTTP, answered(200, HTTP), answered(200, POST, { headers: { 'x-amzn-waf-action': 'captcha' } }))).status).toBe('ok');
  });

  it('keeps a redirect to the home page flagged, https or not', () => {
    expect(classifyLink(check(HTTP, redirectedTo('http://blog.example.com/'), answered(200, POST))).status).toBe('redirect-home');
  });
});
