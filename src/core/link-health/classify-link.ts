import { httpsVersion, isHomePage, isSameAddress, isSignInPage, webUrl } from './addresses';
import { isBotWall } from './bot-wall';
import type { LinkHealth } from './link-health';
import type { Answered, FailureReason, LinkProbes, Probe } from './probe';

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  407: 'Proxy Authentication Required',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
const answer = (status: number) => `${status}${REASON_PHRASES[status] ? ` ${REASON_PHRASES[status]}` : ''}`;

/**
 * Answers that say "not for robots" rather than "not here": the page may be fine for a reader.
 * 999 is LinkedIn's answer to anything automated.
 */
const REFUSALS: Record<number, string> = {
  401: 'asks for a login',
  403: 'refuses automated visits',
  407: 'asks for a proxy login',
  429: 'says it has had too many requests',
  451: 'withholds the page where the check ran',
  999: 'refuses automated visits',
};

const FAILURES: Record<FailureReason, LinkHealth> = {
  timeout: unverified('timeout', "The site didn't answer in time. It may be slow or down; open the link to see."),
  network: unverified('network error', "The site couldn't be reached: it may be down, the name may no longer exist, or the browser blocked the request."),
  'redirect-blocked': unverified(
    'redirects elsewhere',
    "The site sends the check to another site it isn't allowed to follow. Open the link to see where it ends.",
  ),
  'not-web': unverified('not a web link', 'Only http and https links can be checked.'),
};

/**
 * How a link stands, from what checking it brought back. Dead means the site said so (4xx, 5xx);
 * anything that only shows the check was kept out (timeouts, network errors, logins, rate limits,
 * bot walls) is "couldn't verify", never dead. A link that answers after redirects is fine when
 * it lands on the same page (`www.`, trailing slash), moved when it lands on another one, and
 * flagged when it lands on a home page: the article it pointed at is probably gone.
 */
export function classifyLink({ url, probe, https }: LinkProbes): LinkHealth {
  const link = webUrl(url);
  if (!link) return FAILURES['not-web'];
  const health = classifyProbe(link, probe);
  // Browsers try https first for http links nowadays, so a working https version is what readers
  // get: worth the change when the http address is fine, and the fix when it is not.
  if (link.protocol === 'http:' && https && answersSamePage(httpsVersion(link), https)) {
    if (health.status === 'ok') return httpsAvailable(httpsVersion(link).href, 'The same page answers over https.');
    if (health.status === 'dead' || health.status === 'unverified') {
      return httpsAvailable(httpsVersion(link).href, `Over http: ${health.label.toLowerCase()}; the same page answers over https.`);
    }
  }
  return health;
}

/** What the answer to the address as written says, before its https version is considered. */
function classifyProbe(link: URL, probe: Probe): LinkHealth {
  if (probe.kind === 'failed') return FAILURES[probe.reason];
  const { status } = probe;
  if (isBotWall(probe)) {
    return unverified('bot check', `The site answered ${answer(status)} with a check for robots that only a person can pass. Open the link to check it.`);
  }
  const refusal = REFUSALS[status];
  if (refusal) return unverified(String(status), `The site ${refusal} (${answer(status)}), so the page couldn't be seen. Open the link to check it.`);
  if (status >= 400 && status < 600) return dead(status);
  if (status < 200 || status >= 300) return unverified(String(status), `The site gave an unexpected answer (${status}).`);
  return landed(link, probe);
}

/** A 2xx answer: where it landed decides. */
function landed(link: URL, probe: Answered): LinkHealth {
  const final = webUrl(probe.finalUrl) ?? link;
  if (!isSameAddress(link, final)) {
    if (isHomePage(final) && !isHomePage(link)) {
      return {
        status: 'redirect-home',
        label: 'Redirects to home page',
        detail: `The link now lands on the home page of ${final.host}: the page it pointed at is probably gone. Find where it went, or drop the item.`,
      };
    }
    if (isSignInPage(final) && !isSignInPage(link)) {
      return unverified('sign-in page', `The link lands on a sign-in page (${final.href}), so the page itself couldn't be seen.`);
    }
    return { status: 'moved', label: 'Moved', detail: `The page now lives at ${final.href}. Consider updating the link.`, suggestion: final.href };
  }
  if (link.protocol === 'http:' && final.protocol === 'https:') {
    return httpsAvailable(final.href, 'The site itself sends visitors to the https address.');
  }
  return {
    status: 'ok',
    label: 'OK',
    detail: probe.redirected ? `The page answers (${answer(probe.status)}) after a harmless redirect.` : `The page answers (${answer(probe.status)}).`,
  };
}

function answersSamePage(expected: URL, probe: Probe): boolean {
  if (probe.kind !== 'answered' || probe.status < 200 || probe.status >= 300 || isBotWall(probe)) return false;
  const final = webUrl(probe.finalUrl);
  return final !== null && final.protocol === 'https:' && isSameAddress(expected, final);
}

function httpsAvailable(suggestion: string, why: string): LinkHealth {
  return { status: 'https-available', label: 'https available', detail: `${why} Use ${suggestion} instead.`, suggestion };
}

function dead(status: number): LinkHealth {
  const detail =
    status === 404
      ? 'The page is not there any more (404 Not Found).'
      : status === 410
        ? 'The page was removed for good (410 Gone).'
        : status >= 500
          ? `The site's server failed (${answer(status)}): the page is broken, maybe only for now.`
          : `The site refuses this address (${answer(status)}).`;
  return { status: 'dead', label: `Dead (${status})`, detail };
}

function unverified(why: string, detail: string): LinkHealth {
  return { status: 'unverified', label: `Couldn't verify (${why})`, detail };
}
