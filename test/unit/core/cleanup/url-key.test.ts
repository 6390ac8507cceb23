import { describe, expect, it } from 'vitest';
import { urlKey } from '../../../../src/core/cleanup';

describe('urlKey', () => {
  it('keys an address by host, path and sorted query', () => {
    expect(urlKey('https://www.Example.com/a/?utm_source=x#top')).toBe('example.com/a');
    expect(urlKey('https://example.com/')).toBe('example.com');
    expect(urlKey('https://example.com/search?q=k8s&page=2')).toBe('example.com/search?page=2&q=k8s');
    expect(urlKey('http://localhost:8080/x/')).toBe('localhost:8080/x');
  });

  it.each([
    ['scheme, www., case of host, trailing slash, tracking, fragment', 'https://www.Example.com/a/?utm_source=x#top', 'http://example.com/a'],
    ['default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['query order', 'https://example.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['escaped unreserved characters', 'https://example.com/%7Euser/a%2Db', 'https://example.com/~user/a-b'],
    ['escape case and raw non-ASCII', 'https://example.com/%c3%bc', 'https://example.com/ü'],
    ['a bare ? or #', 'https://example.com/a?#', 'https://example.com/a'],
    ['dot segments', 'https://example.com/a/./b/../c', 'https://example.com/a/c'],
    ['X share tokens', 'https://twitter.com/jimmangel/status/1260751239211597824?s=21', 'https://twitter.com/jimmangel/status/1260751239211597824'],
    ['YouTube share parameters', 'https://www.youtube.com/watch?v=-t0wCOH2X7I&feature=youtu.be', 'https://youtube.com/watch?v=-t0wCOH2X7I'],
    ['only tracking in the query', 'https://example.com/a?fbclid=1&utm_medium=x', 'https://example.com/a'],
  ])('treats as equal: %s', (_, a, b) => {
    expect(urlKey(a)).toBe(urlKey(b));
  });

  it.each([
    ['different videos', 'https://www.youtube.com/watch?v=A', 'https://www.youtube.com/watch?v=B'],
    // The same video from another start time: t= carries meaning, like any kept parameter.
    ['a YouTube start time', 'https://www.youtube.com/watch?v=A&t=42', 'https://www.youtube.com/watch?v=A'],
    ['path case', 'https://example.com/Post', 'https://example.com/post'],
    ['a meaningful parameter', 'https://example.com/list?page=2', 'https://example.com/list'],
    ['a subdomain other than www', 'https://blog.example.com/a', 'https://example.com/a'],
    ['another port', 'https://example.com:8443/a', 'https://example.com/a'],
    ['another domain', 'https://example.com/a', 'https://example.org/a'],
    ['a reserved character escaped', 'https://example.com/a%2Fb', 'https://example.com/a/b'],
  ])('tells apart: %s', (_, a, b) => {
    expect(urlKey(a)).not.toBe(urlKey(b));
  });

  it('keys input that is not a web address by itself, trimmed and lowercased', () => {
    expect(urlKey('  Not A URL ')).toBe('not a url');
    expect(urlKey('mailto:Team@Example.com')).toBe('mailto:team@example.com');
  });

  // The last keys are kept for the editor's renders; older ones are made again, alike.
  it('keys an address alike before and after many others', () => {
    const address = 'https://www.Example.com/a/?utm_source=x#top';
    const before = urlKey(address);
    for (let n = 0; n < 2000; n++) urlKey(`https://example.com/${n}`);
    expect(urlKey(address)).toBe(before);
    expect(before).toBe('example.com/a');
  });
});
