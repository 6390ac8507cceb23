/** What the check says about a link, from best to most in need of a look. */
export type HealthStatus = 'ok' | 'https-available' | 'moved' | 'redirect-home' | 'dead' | 'unverified';

/** Why a link couldn't be verified; `answer` is the HTTP status the site gave. */
export type UnverifiedWhy =
  | { code: 'timeout' | 'network' | 'redirectBlocked' | 'notWeb' }
  | { code: 'botCheck' | 'unexpected'; answer: number }
  | { code: 'refused'; answer: number; refusal: Refusal }
  | { code: 'signIn'; url: string };

/** What a "not for robots" answer said: a login, no robots, a proxy login, too many requests, withheld. */
export type Refusal = 'login' | 'robots' | 'proxyLogin' | 'tooMany' | 'withheld';

/**
 * What was seen, as a code and its values, for the editor to word in the curator's language
 * (options/sections/draft/link-health/link-health-text.ts). An https version found for a
 * failing http link carries what the http address answered in `overHttp`.
 */
export type HealthVerdict =
  | { code: 'ok'; answer: number; redirected: boolean }
  | { code: 'dead'; answer: number }
  | { code: 'redirectHome'; host: string }
  | { code: 'moved'; to: string }
  | { code: 'httpsAvailable'; to: string; because: 'sameAnswers' | 'siteRedirects' | 'httpFails'; overHttp?: HealthVerdict }
  | { code: 'unverified'; why: UnverifiedWhy };

export interface LinkHealth {
  status: HealthStatus;
  verdict: HealthVerdict;
  /** The address to put in the issue instead (moved links, https versions). */
  suggestion?: string;
}
