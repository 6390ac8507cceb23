import type { HealthStatus, LinkHealth } from './link-health';

/** In the order a curator wants to read them: what needs fixing first. */
const ORDER: HealthStatus[] = ['dead', 'redirect-home', 'moved', 'https-available', 'unverified', 'ok'];

/** How many links have each status, in reading order, statuses no link has left out. */
export function countHealth(results: readonly Pick<LinkHealth, 'status'>[]): [HealthStatus, number][] {
  return ORDER.map((status): [HealthStatus, number] => [status, results.filter((result) => result.status === status).length]).filter(([, n]) => n > 0);
}
