import type { HealthStatus, LinkHealth } from './link-health';

/** In the order a curator wants to read them: what needs fixing first. */
const ORDER: HealthStatus[] = ['dead', 'redirect-home', 'moved', 'https-available', 'unverified', 'ok'];

/** How many links have each status, in reading order, statuses no link has left out. */
export function countHealth(results: readonly Pick<LinkHealth, 'status'>[]): [HealthStatus, number][] {
  return ORDER.map((status): [HealthStatus, number] => [status, results.filter((result) => result.status === status).length]).filter(([, n]) => n > 0);
}

const PHRASES: Record<HealthStatus, (n: number) => string> = {
  dead: (n) => `${n} dead`,
  'redirect-home': (n) => `${n} ${n === 1 ? 'redirects' : 'redirect'} to a home page`,
  moved: (n) => `${n} moved`,
  'https-available': (n) => `${n} with an https version`,
  unverified: (n) => `${n} couldn't be verified`,
  ok: (n) => `${n} OK`,
};

/** One line in English for a finished check: "4 links checked: 1 dead, 1 moved, 2 OK." */
export function summarizeHealth(results: readonly Pick<LinkHealth, 'status'>[]): string {
  const counts = countHealth(results);
  const links = `${results.length} link${results.length === 1 ? '' : 's'} checked`;
  if (counts.length === 1 && counts[0]![0] === 'ok') return `${links}: all OK.`;
  return counts.length > 0 ? `${links}: ${counts.map(([status, n]) => PHRASES[status](n)).join(', ')}.` : `${links}.`;
}
