import { describe, expect, it } from 'vitest';
import manifest from '../../../../manifest.json' with { type: 'json' };
import { OPTIONAL_HOST_PATTERNS, originPatternsFor, wantsHttpsProbe } from '../../../../src/core/link-health';

describe('originPatternsFor', () => {
  it('asks for each link’s site over https, once, sorted', () => {
    expect(originPatternsFor(['https://www.example.com/a', 'https://example.com/b', 'https://blog.k8s.io/post', 'https://github.com/x/y'])).toEqual([
      'https://*.example.com/*',
      'https://*.github.com/*',
      'https://*.k8s.io/*',
    ]);
  });

  it('asks for http and https for an http link, so its https version can be checked', () => {
    expect(originPatternsFor(['http://example.co.uk/old'])).toEqual(['http://*.example.co.uk/*', 'https://*.example.co.uk/*']);
  });

  it('asks for loopback and IP hosts exactly as linked, whatever the port', () => {
    expect(originPatternsFor(['http://127.0.0.1:4321/ok', 'http://localhost:8080/x', 'https://[::1]/y'])).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://[::1]/*',
    ]);
  });

  it('skips what is not an http(s) link', () => {
    expect(originPatternsFor(['', 'mailto:a@example.com', 'javascript:alert(1)', 'not a url'])).toEqual([]);
  });

  it('stays inside the optional host permissions the manifest declares', () => {
    expect(manifest.optional_host_permissions).toEqual([...OPTIONAL_HOST_PATTERNS]);
    const inside = (pattern: string) => OPTIONAL_HOST_PATTERNS.some((declared) => pattern.startsWith(declared.slice(0, declared.indexOf('*'))));
    expect(originPatternsFor(['http://a.example/x', 'https://b.example/y', 'http://127.0.0.1/z']).every(inside)).toBe(true);
  });
});

describe('wantsHttpsProbe', () => {
  it('is true for http links on public hosts only', () => {
    expect(wantsHttpsProbe('http://example.com/a')).toBe(true);
    expect(wantsHttpsProbe('https://example.com/a')).toBe(false);
    expect(wantsHttpsProbe('http://127.0.0.1:4000/a')).toBe(false);
    expect(wantsHttpsProbe('http://localhost/a')).toBe(false);
    expect(wantsHttpsProbe('ftp://example.com/a')).toBe(false);
  });
});
