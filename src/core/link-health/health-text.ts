import type { HealthVerdict, Refusal, UnverifiedWhy } from './link-health';

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

/** An HTTP answer as servers word it, in every language: "404 Not Found". */
export const answerText = (status: number) => `${status}${REASON_PHRASES[status] ? ` ${REASON_PHRASES[status]}` : ''}`;

const REFUSALS: Record<Refusal, string> = {
  login: 'asks for a login',
  robots: 'refuses automated visits',
  proxyLogin: 'asks for a proxy login',
  tooMany: 'says it has had too many requests',
  withheld: 'withholds the page where the check ran',
};

function whyLabel(why: UnverifiedWhy): string {
  switch (why.code) {
    case 'timeout':
      return 'timeout';
    case 'network':
      return 'network error';
    case 'redirectBlocked':
      return 'redirects elsewhere';
    case 'notWeb':
      return 'not a web link';
    case 'botCheck':
      return 'bot check';
    case 'signIn':
      return 'sign-in page';
    case 'refused':
    case 'unexpected':
      return String(why.answer);
  }
}

function whyDetail(why: UnverifiedWhy): string {
  switch (why.code) {
    case 'timeout':
      return "The site didn't answer in time. It may be slow or down; open the link to see.";
    case 'network':
      return "The site couldn't be reached: it may be down, the name may no longer exist, or the browser blocked the request.";
    case 'redirectBlocked':
      return "The site sends the check to another site it isn't allowed to follow. Open the link to see where it ends.";
    case 'notWeb':
      return 'Only http and https links can be checked.';
    case 'botCheck':
      return `The site answered ${answerText(why.answer)} with a check for robots that only a person can pass. Open the link to check it.`;
    case 'refused':
      return `The site ${REFUSALS[why.refusal]} (${answerText(why.answer)}), so the page couldn't be seen. Open the link to check it.`;
    case 'unexpected':
      return `The site gave an unexpected answer (${why.answer}).`;
    case 'signIn':
      return `The link lands on a sign-in page (${why.url}), so the page itself couldn't be seen.`;
  }
}

function deadDetail(status: number): string {
  if (status === 404) return 'The page is not there any more (404 Not Found).';
  if (status === 410) return 'The page was removed for good (410 Gone).';
  if (status >= 500) return `The site's server failed (${answerText(status)}): the page is broken, maybe only for now.`;
  return `The site refuses this address (${answerText(status)}).`;
}

function httpsWhy(verdict: Extract<HealthVerdict, { code: 'httpsAvailable' }>): string {
  if (verdict.because === 'sameAnswers') return 'The same page answers over https.';
  if (verdict.because === 'siteRedirects' || !verdict.overHttp) return 'The site itself sends visitors to the https address.';
  return `Over http: ${healthLabel(verdict.overHttp).toLowerCase()}; the same page answers over https.`;
}

/** A verdict's badge in English: "OK", "Dead (404)", "Couldn't verify (timeout)"… */
export function healthLabel(verdict: HealthVerdict): string {
  switch (verdict.code) {
    case 'ok':
      return 'OK';
    case 'dead':
      return `Dead (${verdict.answer})`;
    case 'redirectHome':
      return 'Redirects to home page';
    case 'moved':
      return 'Moved';
    case 'httpsAvailable':
      return 'https available';
    case 'unverified':
      return `Couldn't verify (${whyLabel(verdict.why)})`;
  }
}

/** A verdict in one plain English sentence: what was seen and what to do. */
export function healthDetail(verdict: HealthVerdict): string {
  switch (verdict.code) {
    case 'ok':
      return verdict.redirected
        ? `The page answers (${answerText(verdict.answer)}) after a harmless redirect.`
        : `The page answers (${answerText(verdict.answer)}).`;
    case 'dead':
      return deadDetail(verdict.answer);
    case 'redirectHome':
      return `The link now lands on the home page of ${verdict.host}: the page it pointed at is probably gone. Find where it went, or drop the item.`;
    case 'moved':
      return `The page now lives at ${verdict.to}. Consider updating the link.`;
    case 'httpsAvailable':
      return `${httpsWhy(verdict)} Use ${verdict.to} instead.`;
    case 'unverified':
      return whyDetail(verdict.why);
  }
}
