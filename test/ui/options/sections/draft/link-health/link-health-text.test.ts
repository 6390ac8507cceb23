import { describe, expect, it } from 'vitest';
import { healthSummary, verdictDetail, verdictLabel } from '../../../../../../options/sections/draft/link-health/link-health-text';
import { type Answered, classifyLink, type HealthStatus, type LinkProbes, type Probe, summarizeHealth } from '../../../../../../src/core/link-health';
import '../../../../../fakes/browser';

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

/** One link for every verdict and reason the check can give. */
const CASES: LinkProbes[] = [
  check(POST, answered(200)),
  check(POST, answered(200, `${POST}/`, { redirected: true })),
  ...[404, 410, 500, 503, 400, 418].map((status) => check(POST, answered(status))),
  ...[401, 403, 407, 429, 451, 999, 302, 102].map((status) => check(POST, answered(status))),
  check(POST, answered(503, POST, { headers: { server: 'cloudflare' } })),
  ...(['timeout', 'network', 'redirect-blocked', 'not-web'] as const).map((reason) => check(POST, { kind: 'failed', reason })),
  check('mailto:editor@example.com', answered(200)),
  check(POST, answered(200, 'https://blog.example.com/')),
  check(POST, answered(200, 'https://blog.example.com/login?next=x', { redirected: true })),
  check(POST, answered(200, 'https://blog.example.com/2026/06/moved', { redirected: true })),
  check(HTTP, answered(200, POST, { redirected: true })),
  check(HTTP, answered(200, HTTP), answered(200)),
  check(HTTP, answered(404, HTTP), answered(200)),
  check(HTTP, { kind: 'failed', reason: 'network' }, answered(200)),
];

describe('link health, worded through the translations', () => {
  it('has a case for each verdict', () => {
    const verdicts = CASES.map((c) => classifyLink(c).verdict);
    expect(new Set(verdicts.map((v) => v.code))).toEqual(new Set(['ok', 'dead', 'redirectHome', 'moved', 'httpsAvailable', 'unverified']));
    expect(new Set(verdicts.flatMap((v) => (v.code === 'unverified' ? [v.why.code] : [])))).toEqual(
      new Set(['timeout', 'network', 'redirectBlocked', 'notWeb', 'botCheck', 'refused', 'unexpected', 'signIn']),
    );
    expect(new Set(verdicts.flatMap((v) => (v.code === 'httpsAvailable' ? [v.because] : [])))).toEqual(new Set(['sameAnswers', 'siteRedirects', 'httpFails']));
  });

  it.each(CASES.map((c) => [c.url, c.probe.kind === 'answered' ? c.probe.status : c.probe.reason, c] as const))(
    '%s (%s): the English badge and sentence are core’s',
    (_url, _answer, probes) => {
      const health = classifyLink(probes);
      expect([verdictLabel(health.verdict), verdictDetail(health.verdict)]).toEqual([health.label, health.detail]);
    },
  );

  it('sums up as core does in English', () => {
    const of = (...statuses: HealthStatus[]) => statuses.map((status) => ({ status }));
    for (const results of [
      of('ok', 'dead', 'unverified', 'ok', 'redirect-home'),
      of('moved', 'moved', 'https-available', 'redirect-home', 'redirect-home'),
      of('ok'),
      of('ok', 'ok'),
      of(),
    ]) {
      expect(healthSummary(results)).toBe(summarizeHealth(results));
    }
  });
});
