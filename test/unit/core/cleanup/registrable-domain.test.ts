import { describe, expect, it } from 'vitest';
import { isSameSite, registrableDomain } from '../../../../src/core/cleanup';

describe('registrableDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['blog.example.com', 'example.com'],
    ['a.b.example.com', 'example.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.example.com.au', 'example.com.au'],
    ['blog.dev.to', 'dev.to'], // "dev" is not a generic second level, so dev.to is a domain of its own
    ['blog.k8s.io', 'k8s.io'],
    ['Example.COM.', 'example.com'],
    ['localhost', 'localhost'],
    ['192.168.0.10', '192.168.0.10'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });

  it('counts every github.io page as one site: the known cost of not shipping the Public Suffix List', () => {
    expect(isSameSite('alice.github.io', 'bob.github.io')).toBe(true);
  });
});

describe('isSameSite', () => {
  it('matches www. and subdomains, not neighbours under a shared suffix', () => {
    expect(isSameSite('www.example.com', 'example.com')).toBe(true);
    expect(isSameSite('blog.example.co.uk', 'www.example.co.uk')).toBe(true);
    expect(isSameSite('a.co.uk', 'b.co.uk')).toBe(false);
    expect(isSameSite('example.com', 'example.org')).toBe(false);
  });
});
