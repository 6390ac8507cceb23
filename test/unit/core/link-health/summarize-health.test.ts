import { describe, expect, it } from 'vitest';
import { type HealthStatus, type LinkHealth, summarizeHealth } from '../../../../src/core/link-health';

const of = (...statuses: HealthStatus[]): Pick<LinkHealth, 'status'>[] => statuses.map((status) => ({ status }));

describe('summarizeHealth', () => {
  it('lists what needs a look first, and leaves out what did not happen', () => {
    expect(summarizeHealth(of('ok', 'dead', 'unverified', 'ok', 'redirect-home'))).toBe(
      "5 links checked: 1 dead, 1 redirects to a home page, 1 couldn't be verified, 2 OK.",
    );
    expect(summarizeHealth(of('moved', 'moved', 'https-available'))).toBe('3 links checked: 2 moved, 1 with an https version.');
  });

  it('says so when everything is fine', () => {
    expect(summarizeHealth(of('ok'))).toBe('1 link checked: all OK.');
    expect(summarizeHealth([])).toBe('0 links checked.');
  });
});
