import { httpsVersion, isHomePage, isSameAddress, isSignInPage, webUrl } from './addresses';
import { isBotWall } from './bot-wall';
import type { HealthStatus, HealthVerdict, LinkHealth, Refusal, UnverifiedWhy } from './link-health';
import type { Answered, FailureReason, LinkProbes, Probe } from './probe';

/**
 * Answers that say "not for robots" rather than "not here": the page may be fine for a reader.
 * 999 is LinkedIn's answer to anything automated.
 */
const REFUSALS: Record<number, Refusal> = {
  401: 'login',
  403: 'robots',
  407: 'proxyLogin',
  429: 'tooMany',
  451: 'withheld',
  999: 'robots',
};

const FAILURES: Record<FailureReason, UnverifiedWhy> = {
  timeout: { code: 'timeout' },
  network: { code: 'network' },
  'redirect-blocked': { code: 'redirectBlocked' },
  'not-web': { code: 'notWeb' },
};

const STATUS: Record<HealthVerdict['code'], HealthStatus> = {
  ok: 'ok',
  dead: 'dead',
  redirectHome: 'redirect-home',
  moved: 'moved',
  httpsAvailable: 'https-available',
  unverified: 'unverified',
};

/** A verdict with its status and suggested address. */
function health(verdict: HealthVerdict): LinkHealth {
  const suggestion = verdict.code === 'moved' || verdict.code === 'httpsAvailable' ? verdict.to : undefined;
  return { status: STATUS[verdict.code], verdict, ...(suggestion ? { suggestion } : {}) };
}

const unverified = (why: UnverifiedWhy): HealthVerdict => ({ code: 'unverified', why });

/**
 * How a link stands, from what checking it brought back. Dead means the site said so (4xx, 5xx);
 * anything that only shows the check was kept out (timeouts, network errors, logins, rate limits,
 * bot walls) is "couldn't verify", never dead. A link that answers after redirects is fine when
 * it lands on the same page (`www.`, trailing slash), moved when it lands on another one, and
 * flagged when it lands on a home page: the article it pointed at is probably gone.
 */
export function classifyLink({ url, probe, https }: LinkProbes): LinkHealth {
  const link = webUrl(url);
  if (!link) return health(unverified(FAILURES['not-web']));
  const verdict = classifyProbe(link, probe);
  // Browsers try https first for http links nowadays, so a working https version is what readers
  // get: worth the change when the http address is fine, and the fix when it is not.
  if (link.protocol === 'http:' && https && answersSamePage(httpsVersion(link), https)) {
    const to = httpsVersion(link).href;
    if (verdict.code === 'ok') return health({ code: 'httpsAvailable', to, because: 'sameAnswers' });
    if (verdict.code === 'dead' || verdict.code === 'unverified') return health({ code: 'httpsAvailable', to, because: 'httpFails', overHttp: verdict });
  }
  return health(verdict);
}

/** What the answer to the address as written says, before its https version is considered. */
function classifyProbe(link: URL, probe: Probe): HealthVerdict {
  if (probe.kind === 'failed') return unverified(FAILURES[probe.reason]);
  const { status: answer } = probe;
  if (isBotWall(probe)) return unverified({ code: 'botCheck', answer });
  const refusal = REFUSALS[answer];
  if (refusal) return unverified({ code: 'refused', answer, refusal });
  if (answer >= 400 && answer < 600) return { code: 'dead', answer };
  if (answer < 200 || answer >= 300) return unverified({ code: 'unexpected', answer });
  return landed(link, probe);
}

/** A 2xx answer: where it landed decides. */
function landed(link: URL, probe: Answered): HealthVerdict {
  const final = webUrl(probe.finalUrl) ?? link;
  if (!isSameAddress(link, final)) {
    if (isHomePage(final) && !isHomePage(link)) return { code: 'redirectHome', host: final.host };
    if (isSignInPage(final) && !isSignInPage(link)) return unverified({ code: 'signIn', url: final.href });
    return { code: 'moved', to: final.href };
  }
  if (link.protocol === 'http:' && final.protocol === 'https:') return { code: 'httpsAvailable', to: final.href, because: 'siteRedirects' };
  return { code: 'ok', answer: probe.status, redirected: probe.redirected };
}

function answersSamePage(expected: URL, probe: Probe): boolean {
  if (probe.kind !== 'answered' || probe.status < 200 || probe.status >= 300 || isBotWall(probe)) return false;
  const final = webUrl(probe.finalUrl);
  return final !== null && final.protocol === 'https:' && isSameAddress(expected, final);
}
