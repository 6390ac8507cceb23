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
    expect(classifyLink(check(POST, answered(200, POST)))).toMatchObject({ status: 'ok', label: 'OK', detail: 'The page answers (200).' });
    expect(classifyLink(check(POST, answered(204, POST))).status).toBe('ok');
  });

  it.each([404, 410, 400, 405, 500, 502, 503, 504])('is dead for a %i', (status) => {
    const health = classifyLink(check(POST, answered(status, POST)));
    expect(health).toMatchObject({ status: 'dead', label: `Dead (${status})` });
  });

  it('says in words what a dead answer means', () => {
    expect(classifyLink(check(POST, answered(404, POST))).detail).toBe('The page is not there any more (404 Not Found).');
    expect(classifyLink(check(POST, answered(410, POST))).detail).toBe('The page was removed for good (410 Gone).');
    expect(classifyLink(check(POST, answered(500, POST))).detail).toMatch(/^The site's server failed \(500 Internal Server Error\)/);
  });

  it('is dead when the redirects end on a 404', () => {
    expect(classifyLink(check(POST, redirectedTo('https://blog.example.com/missing', 404)))).toMatchObject({ status: 'dead', label: 'Dead (404)' });
  });

  it.each([
    [401, 'asks for a login'],
    [403, 'refuses automated visits'],
    [429, 'too many requests'],
    [451, 'withholds the page'],
    [999, 'refuses automated visits'],
  ])('cannot verify a %i (the site keeps robots out; the page may be fine)', (status, words) => {
    const health = classifyLink(check(POST, answered(status, POST)));
    expect(health).toMatchObject({ status: 'unverified', label: `Couldn't verify (${status})` });
    expect(health.detail).toContain(words);
  });

  it('cannot verify a 503 bot wall, but a plain 503 is dead', () => {
    const cloudflare = answered(503, POST, { headers: { server: 'cloudflare' } });
    expect(classifyLink(check(POST, cloudflare))).toMatchObject({ status: 'unverified', label: "Couldn't verify (bot check)" });
    expect(classifyLink(check(POST, answered(503, POST, { headers: { server: 'nginx' } })))).toMatchObject({ status: 'dead', label: 'Dead (503)' });
  });

  it('cannot verify a marked challenge, whatever its status', () => {
    const challenge = answered(403, POST, { headers: { 'cf-mitigated': 'challenge', server: 'cloudflare' } });
    expect(classifyLink(check(POST, challenge)).label).toBe("Couldn't verify (bot check)");
    // AWS WAF answers its challenge with a 202, which is not the page.
    expect(classifyLink(check(POST, answered(202, POST, { headers: { 'x-amzn-waf-action': 'challenge' } }))).status).toBe('unverified');
  });

  it('cannot verify an answer outside 2xx-5xx (a redirect without a Location, say)', () => {
    expect(classifyLink(check(POST, answered(302, POST)))).toMatchObject({ status: 'unverified', label: "Couldn't verify (302)" });
  });
});

describe('classifyLink: failures', () => {
  it.each([
    ['timeout', "Couldn't verify (timeout)"],
    ['network', "Couldn't verify (network error)"],
    ['redirect-blocked', "Couldn't verify (redirects elsewhere)"],
  ] as const)('cannot verify a %s, never calls it dead', (reason, label) => {
    expect(classifyLink(check(POST, { kind: 'failed', reason }))).toMatchObject({ status: 'unverified', label });
  });

  it('cannot verify what is not an http(s) link', () => {
    expect(classifyLink(check('mailto:editor@example.com', { kind: 'failed', reason: 'not-web' })).label).toBe("Couldn't verify (not a web link)");
    expect(classifyLink(check('', answered(200, ''))).label).toBe("Couldn't verify (not a web link)");
  });
});

describe('classifyLink: redirects', () => {
  it('flags a page that now lands on the home page of its site', () => {
    const health = classifyLink(check(POST, redirectedTo('https://blog.example.com/')));
    expect(health).toMatchObject({ status: 'redirect-home', label: 'Redirects to home page' });
    expect(health.detail).toContain('home page of blog.example.com');
    expect(health.suggestion).toBeUndefined();
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
    expect(classifyLink(check(POST, redirectedTo(to)))).toMatchObject({ status: 'moved', label: 'Moved', suggestion: to });
  });

  it('is OK after a harmless redirect: www, trailing slash', () => {
    const health = classifyLink(check('https://example.com/post', redirectedTo('https://www.example.com/post/')));
    expect(health).toMatchObject({ status: 'ok', detail: 'The page answers (200) after a harmless redirect.' });
  });

  it('cannot verify a page that now lands on a sign-in page', () => {
    const health = classifyLink(check(POST, redirectedTo('https://example.com/login?next=%2F2026%2F05')));
    expect(health).toMatchObject({ status: 'unverified', label: "Couldn't verify (sign-in page)" });
  });
});

describe('classifyLink: https', () => {
  const HTTP = 'http://blog.example.com/2026/05/gateway-api';

  it('suggests the https version of an http link that answers there', () => {
    const health = classifyLink(check(HTTP, answered(200, HTTP), answered(200, POST)));
    expect(health).toMatchObject({ status: 'https-available', label: 'https available', suggestion: POST });
  });

  it('suggests https when the site itself redirects the http link there', () => {
    expect(classifyLink(check(HTTP, redirectedTo(POST)))).toMatchObject({ status: 'https-available', suggestion: POST });
  });

  it('suggests https when http fails but the same page answers over https', () => {
    const health = classifyLink(check(HTTP, { kind: 'failed', reason: 'network' }, answered(200, POST)));
    expect(health).toMatchObject({ status: 'https-available', suggestion: POST });
    expect(health.detail).toContain("Over http: couldn't verify (network error)");
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
