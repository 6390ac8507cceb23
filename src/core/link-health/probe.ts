/**
 * What checking one link brought back, as plain data: the platform makes the requests and fills
 * these in, the core reads them. Fetch follows redirects itself, so the chain arrives folded into
 * the final answer: its status, where it ended and whether it was redirected on the way.
 */
export type Probe = Answered | Failed;

export interface Answered {
  kind: 'answered';
  status: number;
  /** Where the redirects ended (the link itself when there were none). */
  finalUrl: string;
  redirected: boolean;
  /** The few response headers that give a bot wall away, by lowercase name (see BOT_WALL_HEADERS). */
  headers: Record<string, string>;
}

export interface Failed {
  kind: 'failed';
  reason: FailureReason;
}

/**
 * - `timeout`: no answer in time.
 * - `network`: no answer at all: DNS, refused connection, TLS error, or a response the browser
 *   would not let the extension read.
 * - `redirect-blocked`: the site answered with a redirect the check could not follow (to a site
 *   the permission does not cover).
 * - `not-web`: not an http(s) address, so there is nothing to request.
 */
export type FailureReason = 'timeout' | 'network' | 'redirect-blocked' | 'not-web';

/** One link's probes: the address as written and, for some http links, its https version. */
export interface LinkProbes {
  url: string;
  probe: Probe;
  /** The same address over https, asked only for http links that answered over http. */
  https?: Probe;
}

/** Response headers the platform copies into `Answered.headers`: enough to spot a bot wall. */
export const BOT_WALL_HEADERS = ['cf-mitigated', 'server', 'x-amzn-waf-action'] as const;
