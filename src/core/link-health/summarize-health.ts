import type { HealthStatus, LinkHealth } from './link-health';

/** In the order a curator wants to read them: what needs fixing first. */
const PHRASES: [HealthStatus, (n: number) => string][] = [
  ['dead', (n) => `${n} dead`],
  ['redirect-home', (n) => `${n} ${n === 1 ? 'redirects' : 'redirect'} to a home page`],
  ['moved', (n) => `${n} moved`],
  ['https-available', (n) => `${n} with an https version`],
  ['unverified', (n) => `${n} couldn't be verified`],
  ['ok', (n) => `${n} OK`],
];

/** One line for a finished check: "4 links checked: 1 dead, 1 moved, 2 OK." */
export function summarizeHealth(results: readonly LinkHealth[]): string {
  const count = (status: HealthStatus) => results.filter((result) => result.status === status).length;
  const parts = PHRASES.flatMap(([status, phrase]) => (count(status) > 0 ? [phrase(count(status))] : []));
  const links = `${results.length} link${results.length === 1 ? '' : 's'} checked`;
  if (results.length > 0 && count('ok') === results.length) return `${links}: all OK.`;
  return parts.length > 0 ? `${links}: ${parts.join(', ')}.` : `${links}.`;
}
