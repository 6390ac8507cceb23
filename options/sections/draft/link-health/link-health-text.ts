// The editor's words for link check verdicts (src/core/link-health), in the curator's language.
// Only the link health panel words them, so they live beside it.
import {
  answerText,
  countHealth,
  type HealthStatus,
  type HealthVerdict,
  type LinkHealth,
  type Refusal,
  type UnverifiedWhy,
} from '../../../../src/core/link-health';
import { type MessageKey, t, tn } from '../../../../src/text/t';

const WHY: Record<Exclude<UnverifiedWhy['code'], 'refused' | 'unexpected'>, [label: MessageKey, detail: MessageKey]> = {
  timeout: ['healthWhyTimeout', 'healthTimeoutDetail'],
  network: ['healthWhyNetwork', 'healthNetworkDetail'],
  redirectBlocked: ['healthWhyRedirectBlocked', 'healthRedirectBlockedDetail'],
  notWeb: ['healthWhyNotWeb', 'healthNotWebDetail'],
  botCheck: ['healthWhyBotCheck', 'healthBotCheckDetail'],
  signIn: ['healthWhySignIn', 'healthSignInDetail'],
};

const REFUSED: Record<Refusal, MessageKey> = {
  login: 'healthRefusedLoginDetail',
  robots: 'healthRefusedRobotsDetail',
  proxyLogin: 'healthRefusedProxyLoginDetail',
  tooMany: 'healthRefusedTooManyDetail',
  withheld: 'healthRefusedWithheldDetail',
};

function whyDetail(why: UnverifiedWhy): string {
  if (why.code === 'refused') return t(REFUSED[why.refusal], answerText(why.answer));
  if (why.code === 'unexpected') return t('healthUnexpectedDetail', why.answer);
  if (why.code === 'botCheck') return t(WHY.botCheck[1], answerText(why.answer));
  if (why.code === 'signIn') return t(WHY.signIn[1], why.url);
  return t(WHY[why.code][1]);
}

/** A verdict's badge: "OK", "Dead (404)", "Couldn't verify (timeout)"… */
export function verdictLabel(verdict: HealthVerdict): string {
  switch (verdict.code) {
    case 'ok':
      return t('healthOk');
    case 'dead':
      return t('healthDead', verdict.answer);
    case 'redirectHome':
      return t('healthRedirectHome');
    case 'moved':
      return t('healthMoved');
    case 'httpsAvailable':
      return t('healthHttpsAvailable');
    case 'unverified': {
      const { why } = verdict;
      return t('healthUnverified', why.code === 'refused' || why.code === 'unexpected' ? String(why.answer) : t(WHY[why.code][0]));
    }
  }
}

function deadDetail(answer: number): string {
  if (answer === 404) return t('healthGoneDetail');
  if (answer === 410) return t('healthRemovedDetail');
  return t(answer >= 500 ? 'healthServerFailedDetail' : 'healthRefusesAddressDetail', answerText(answer));
}

/** A verdict in one plain sentence: what was seen and what to do. */
export function verdictDetail(verdict: HealthVerdict): string {
  switch (verdict.code) {
    case 'ok':
      return t(verdict.redirected ? 'healthOkRedirectedDetail' : 'healthOkDetail', answerText(verdict.answer));
    case 'dead':
      return deadDetail(verdict.answer);
    case 'redirectHome':
      return t('healthRedirectHomeDetail', verdict.host);
    case 'moved':
      return t('healthMovedDetail', verdict.to);
    case 'httpsAvailable': {
      if (verdict.because === 'sameAnswers') return t('healthHttpsSameDetail', verdict.to);
      if (verdict.because === 'siteRedirects' || !verdict.overHttp) return t('healthHttpsSiteDetail', verdict.to);
      const label = verdictLabel(verdict.overHttp);
      return t('healthHttpsFailsDetail', label.charAt(0).toLocaleLowerCase(t('langCode')) + label.slice(1), verdict.to);
    }
    case 'unverified':
      return whyDetail(verdict.why);
  }
}

const PARTS: Record<HealthStatus, (n: number) => string> = {
  dead: (n) => t('healthPartDead', n),
  'redirect-home': (n) => tn('healthPartRedirectHome', n),
  moved: (n) => t('healthPartMoved', n),
  'https-available': (n) => t('healthPartHttps', n),
  unverified: (n) => t('healthPartUnverified', n),
  ok: (n) => t('healthPartOk', n),
};

/** One line for a finished check: "4 links checked: 1 dead, 1 moved, 2 OK." */
export function healthSummary(results: readonly Pick<LinkHealth, 'status'>[]): string {
  const counts = countHealth(results);
  const checked = tn('healthLinksChecked', results.length);
  if (counts.length === 1 && counts[0]![0] === 'ok') return t('healthSummaryAllOk', checked);
  return counts.length > 0 ? t('healthSummary', checked, counts.map(([status, n]) => PARTS[status](n)).join(', ')) : t('healthSummaryNone', checked);
}
