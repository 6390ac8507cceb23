import { describe, expect, it } from 'vitest';
import { clipFrom, isWebUrl, readCapture, tidyTitle } from '../../../src/core/clip';

const capture = {
  title: 'Page title',
  url: 'https://example.com/a',
  canonical: '',
  ogTitle: '',
  siteName: '',
  description: '',
  selection: '',
};

describe('readCapture', () => {
  it('accepts an object of strings and fills missing fields with empty strings', () => {
    expect(readCapture({ title: 'T', url: 'https://x.test/' })).toEqual({ ...capture, title: 'T', url: 'https://x.test/' });
  });
  it('rejects anything that is not an object of strings', () => {
    expect(readCapture(null)).toBeNull();
    expect(readCapture('title')).toBeNull();
    expect(readCapture({ ...capture, title: { toString: () => 'x' } })).toBeNull();
    expect(readCapture({ ...capture, url: 42 })).toBeNull();
  });
  it('ignores inherited properties a hostile page might plant', () => {
    const planted = Object.create({ title: 'from the prototype' }) as object;
    expect(readCapture(planted)?.title).toBe('');
  });
  it('caps very long strings', () => {
    expect(readCapture({ ...capture, title: 'x'.repeat(100_000) })?.title).toHaveLength(4096);
  });
});

describe('tidyTitle', () => {
  it('collapses newlines, tabs and runs of spaces', () => {
    expect(tidyTitle('  Hello\n\tworld   again ')).toBe('Hello world again');
  });
});

describe('isWebUrl', () => {
  it('allows http and https only', () => {
    expect(isWebUrl('https://example.com')).toBe(true);
    expect(isWebUrl('HTTP://example.com')).toBe(true);
    expect(isWebUrl('chrome://extensions')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(' https://example.com')).toBe(false);
  });
});

describe('clipFrom', () => {
  const tab = { title: 'Tab title', url: 'https://example.com/tab' };
  it("prefers the page's own title and URL", () => {
    expect(clipFrom(tab, capture)).toEqual({ title: 'Page title', url: 'https://example.com/a' });
  });
  it("falls back to the tab's and carries the note", () => {
    expect(clipFrom(tab, null, 'why')).toEqual({ title: 'Tab title', url: 'https://example.com/tab', note: 'why' });
  });
  it('falls back when the page title is empty', () => {
    expect(clipFrom(tab, { ...capture, title: '' }).title).toBe('Tab title');
  });
});
