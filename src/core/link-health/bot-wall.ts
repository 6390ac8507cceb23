import type { Answered } from './probe';

/** CDNs and firewalls whose error pages are usually a challenge for robots, not a broken site. */
const WALL_SERVERS = /cloudflare|akamai|ddos-guard|sucuri|incapsula|imperva/i;

/**
 * Whether the answer is an anti-bot check rather than the page: Cloudflare marks its challenges
 * with `cf-mitigated: challenge`, AWS WAF with `x-amzn-waf-action`, and the big CDNs answer 403,
 * 429 or 503 from their own servers. A person opening the link would get the page.
 */
export function isBotWall({ status, headers }: Pick<Answered, 'status' | 'headers'>): boolean {
  if (headers['cf-mitigated']?.toLowerCase() === 'challenge') return true;
  if (headers['x-amzn-waf-action'] !== undefined) return true;
  return (status === 403 || status === 429 || status === 503) && WALL_SERVERS.test(headers.server ?? '');
}
