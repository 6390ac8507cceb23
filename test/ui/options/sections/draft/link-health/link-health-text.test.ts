import { afterEach, describe, expect, it } from 'vitest';
import german from '../../../../../../_locales/de/messages.json';
import { healthSummary, verdictDetail, verdictLabel } from '../../../../../../options/sections/draft/link-health/link-health-text';
import { type Answered, classifyLink, type HealthStatus, type LinkProbes, type Probe } from '../../../../../../src/core/link-health';
import { useBrowserMessages } from '../../../../../../src/platform/i18n';
import { formatMessage } from '../../../../../../src/text/message-format';
import { useMessages } from '../../../../../../src/text/t';

const POST = 'https://blog.example.com/2026/05/gateway-api';
const HTTP = 'http://blog.example.com/2026/05/gateway-api';
const answered = (status: number, finalUrl = POST, more: Partial<Answered> = {}): Answered => ({
  kind: 'answered',
  status,
  finalUrl,
  redirected: false,
  headers: {},
  ...more,
});
const check = (url: string, probe: Probe, https?: Probe): LinkProbes => (https ? { url, probe, https } : { url, probe });

/** One link for every verdict and reason the check can give, with its English badge and sentence. */
const CASES: [LinkProbes, label: string, detail: string][] = [
  [check(POST, answered(200)), 'OK', 'The page answers (200).'],
  [check(POST, answered(200, `${POST}/`, { redirected: true })), 'OK', 'The page answers (200) after a harmless redirect.'],
  [check(POST, answered(404)), 'Dead (404)', 'The page is not there any more (404 Not Found).'],
  [check(POST, answered(410)), 'Dead (410)', 'The page was removed for good (410 Gone).'],
  [check(POST, answered(500)), 'Dead (500)', "The site's server failed (500 Internal Server Error): the page is broken, maybe only for now."],
  [check(POST, answered(503)), 'Dead (503)', "The site's server failed (503 Service Unavailable): the page is broken, maybe only for now."],
  [check(POST, answered(400)), 'Dead (400)', 'The site refuses this address (400 Bad Request).'],
  [check(POST, answered(418)), 'Dead (418)', 'The site refuses this address (418).'],
  [
    check(POST, answered(401)),
    "Couldn't verify (401)",
    "The site asks for a login (401 Unauthorized), so the page couldn't be seen. Open the link to check it.",
  ],
  [
    check(POST, answered(403)),
    "Couldn't verify (403)",
    "The site refuses automated visits (403 Forbidden), so the page couldn't be seen. Open the link to check it.",
  ],
  [
    check(POST, answered(407)),
    "Couldn't verify (407)",
    "The site asks for a proxy login (407 Proxy Authentication Required), so the page couldn't be seen. Open the link to check it.",
  ],
  [
    check(POST, answered(429)),
    "Couldn't verify (429)",
    "The site says it has had too many requests (429 Too Many Requests), so the page couldn't be seen. Open the link to check it.",
  ],
  [
    check(POST, answered(451)),
    "Couldn't verify (451)",
    "The site withholds the page where the check ran (451 Unavailable For Legal Reasons), so the page couldn't be seen. Open the link to check it.",
  ],
  [check(POST, answered(999)), "Couldn't verify (999)", "The site refuses automated visits (999), so the page couldn't be seen. Open the link to check it."],
  [check(POST, answered(302)), "Couldn't verify (302)", 'The site gave an unexpected answer (302).'],
  [check(POST, answered(102)), "Couldn't verify (102)", 'The site gave an unexpected answer (102).'],
  [
    check(POST, answered(503, POST, { headers: { server: 'cloudflare' } })),
    "Couldn't verify (bot check)",
    'The site answered 503 Service Unavailable with a check for robots that only a person can pass. Open the link to check it.',
  ],
  [
    check(POST, { kind: 'failed', reason: 'timeout' }),
    "Couldn't verify (timeout)",
    "The site didn't answer in time. It may be slow or down; open the link to see.",
  ],
  [
    check(POST, { kind: 'failed', reason: 'network' }),
    "Couldn't verify (network error)",
    "The site couldn't be reached: it may be down, the name may no longer exist, or the browser blocked the request.",
  ],
  [
    check(POST, { kind: 'failed', reason: 'redirect-blocked' }),
    "Couldn't verify (redirects elsewhere)",
    "The site sends the check to another site it isn't allowed to follow. Open the link to see where it ends.",
  ],
  [check(POST, { kind: 'failed', reason: 'not-web' }), "Couldn't verify (not a web link)", 'Only http and https links can be checked.'],
  [check('mailto:editor@example.com', answered(200)), "Couldn't verify (not a web link)", 'Only http and https links can be checked.'],
  [
    check(POST, answered(200, 'https://blog.example.com/')),
    'Redirects to home page',
    'The link now lands on the home page of blog.example.com: the page it pointed at is probably gone. Find where it went, or drop the item.',
  ],
  [
    check(POST, answered(200, 'https://blog.example.com/login?next=x', { redirected: true })),
    "Couldn't verify (sign-in page)",
    "The link lands on a sign-in page (https://blog.example.com/login?next=x), so the page itself couldn't be seen.",
  ],
  [
    check(POST, answered(200, 'https://blog.example.com/2026/06/moved', { redirected: true })),
    'Moved',
    'The page now lives at https://blog.example.com/2026/06/moved. Consider updating the link.',
  ],
  [
    check(HTTP, answered(200, POST, { redirected: true })),
    'https available',
    'The site itself sends visitors to the https address. Use https://blog.example.com/2026/05/gateway-api instead.',
  ],
  [
    check(HTTP, answered(200, HTTP), answered(200)),
    'https available',
    'The same page answers over https. Use https://blog.example.com/2026/05/gateway-api instead.',
  ],
  [
    check(HTTP, answered(404, HTTP), answered(200)),
    'https available',
    'Over http: dead (404); the same page answers over https. Use https://blog.example.com/2026/05/gateway-api instead.',
  ],
  [
    check(HTTP, { kind: 'failed', reason: 'network' }, answered(200)),
    'https available',
    "Over http: couldn't verify (network error); the same page answers over https. Use https://blog.example.com/2026/05/gateway-api instead.",
  ],
];

describe('link health, worded through the translations', () => {
  afterEach(() => useBrowserMessages());

  it('has a case for each verdict', () => {
    const verdicts = CASES.map(([probes]) => classifyLink(probes).verdict);
    expect(new Set(verdicts.map((v) => v.code))).toEqual(new Set(['ok', 'dead', 'redirectHome', 'moved', 'httpsAvailable', 'unverified']));
    expect(new Set(verdicts.flatMap((v) => (v.code === 'unverified' ? [v.why.code] : [])))).toEqual(
      new Set(['timeout', 'network', 'redirectBlocked', 'notWeb', 'botCheck', 'refused', 'unexpected', 'signIn']),
    );
    expect(new Set(verdicts.flatMap((v) => (v.code === 'httpsAvailable' ? [v.because] : [])))).toEqual(new Set(['sameAnswers', 'siteRedirects', 'httpFails']));
  });

  it.each(
    CASES.map(
      ([probes, label, detail]) => [probes.url, probes.probe.kind === 'answered' ? probes.probe.status : probes.probe.reason, probes, label, detail] as const,
    ),
  )('%s (%s): a badge and a sentence', (_url, _answer, probes, label, detail) => {
    const { verdict } = classifyLink(probes);
    expect([verdictLabel(verdict), verdictDetail(verdict)]).toEqual([label, detail]);
  });

  it('sums up what needs a look first, and leaves out what did not happen', () => {
    const of = (...statuses: HealthStatus[]) => statuses.map((status) => ({ status }));
    expect(healthSummary(of('ok', 'dead', 'unverified', 'ok', 'redirect-home'))).toBe(
      "5 links checked: 1 dead, 1 redirects to a home page, 1 couldn't be verified, 2 OK.",
    );
    expect(healthSummary(of('moved', 'moved', 'https-available', 'redirect-home', 'redirect-home'))).toBe(
      '5 links checked: 2 redirect to a home page, 2 moved, 1 with an https version.',
    );
    expect(healthSummary(of('moved', 'moved', 'https-available'))).toBe('3 links checked: 2 moved, 1 with an https version.');
    expect(healthSummary(of('ok'))).toBe('1 link checked: all OK.');
    expect(healthSummary(of('ok', 'ok'))).toBe('2 links checked: all OK.');
    expect(healthSummary(of())).toBe('0 links checked.');
  });

  it('says it in German in a German browser', () => {
    useMessages((name, substitutions) => formatMessage(german, name, substitutions));
    expect(verdictLabel({ code: 'dead', answer: 404 })).toBe('Tot (404)');
    expect(verdictLabel({ code: 'unverified', why: { code: 'timeout' } })).toBe('Nicht prüfbar (Zeitüberschreitung)');
  });
});
