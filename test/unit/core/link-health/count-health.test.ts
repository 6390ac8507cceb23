import { describe, expect, it } from 'vitest';
import { countHealth, type HealthStatus, type LinkHealth } from '../../../../src/core/link-health';

const of = (...statuses: HealthStatus[]): Pick<LinkHealth, 'status'>[] => statuses.map((status) => ({ status }));

describe('countHealth', () => {
  it('counts what needs a look first, and leaves out what did not happen', () => {
    expect(countHealth(of('ok', 'dead', 'unverified', 'ok', 'redirect-home'))).toEqual([
      ['dead', 1],
      ['redirect-home', 1],
      ['unverified', 1],
      ['ok', 2],
    ]);
    expect(countHealth(of('moved', 'moved', 'https-available'))).toEqual([
      ['moved', 2],
      ['https-available', 1],
    ]);
  });

  it('counts nothing for no links', () => {
    expect(countHealth([])).toEqual([]);
  });
});
