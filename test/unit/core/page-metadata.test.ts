import { describe, expect, it } from 'vitest';
import { dayOf, metadataFromJsonLd } from '../../../src/core/page-metadata';

describe('metadataFromJsonLd', () => {
  it('reads author and date from an Article', () => {
    const block = JSON.stringify({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Lee Mills' }, datePublished: '2021-03-01T10:00:00Z' });
    expect(metadataFromJsonLd([block])).toEqual({ author: 'Lee Mills', published: '2021-03-01T10:00:00Z', headline: '', publisher: '' });
  });
  it('looks inside @graph and joins several authors', () => {
    const block = JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article', author: [{ name: 'A' }, { name: 'B' }] }] });
    expect(metadataFromJsonLd([block]).author).toBe('A, B');
  });
  it('reads the headline and the publisher, or else the website’s name', () => {
    const article = JSON.stringify({
      '@type': 'NewsArticle',
      headline: ' Chipmaker opens a data centre ',
      publisher: { '@type': 'Organization', name: 'Westwind Times' },
    });
    expect(metadataFromJsonLd([article])).toMatchObject({ headline: 'Chipmaker opens a data centre', publisher: 'Westwind Times' });
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', name: 'Northwind' },
        { '@type': ['Article'], name: 'Not the site', headline: 'H' },
      ],
    });
    expect(metadataFromJsonLd([graph])).toMatchObject({ headline: 'H', publisher: 'Northwind' });
  });
  it('ignores a headline or name as long as an article body', () => {
    const block = JSON.stringify({ '@type': 'Article', headline: 'x'.repeat(301), publisher: { name: 'y'.repeat(301) } });
    expect(metadataFromJsonLd([block])).toMatchObject({ headline: '', publisher: '' });
  });
  it('skips broken JSON and non-string values without throwing', () => {
    expect(metadataFromJsonLd(['{not json', JSON.stringify({ author: 42, datePublished: { a: 1 } }), 'null'])).toEqual({
      author: '',
      published: '',
      headline: '',
      publisher: '',
    });
  });
});

describe('dayOf', () => {
  it('keeps the calendar day of an ISO date', () => {
    expect(dayOf('2020-12-02T08:00:00+01:00')).toBe('2020-12-02');
    expect(dayOf('yesterday')).toBe('');
  });
});
