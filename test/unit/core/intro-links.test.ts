import { describe, expect, it } from 'vitest';
import { introLinksToHtml, linkOverSelection } from '../../../src/core/intro-links';
import { parseIssue } from '../../../src/core/kubelist';
import { itWithArchive, readArchive } from '../../fixtures/archive';

describe('introLinksToHtml', () => {
  it('writes markdown links the way the archive writes its intro links', () => {
    expect(introLinksToHtml('On the [Kubelist Podcast](https://kubelist.com/podcast), I talked.')).toBe(
      'On the <a href="https://kubelist.com/podcast">Kubelist Podcast</a>, I talked.',
    );
  });
  it('keeps parentheses inside a URL and escapes what an attribute needs', () => {
    expect(introLinksToHtml('[Go](https://en.wikipedia.org/wiki/Go_(language)).')).toBe('<a href="https://en.wikipedia.org/wiki/Go_(language)">Go</a>.');
    expect(introLinksToHtml('[Q](https://x.test/?a=1&b=2)')).toBe('<a href="https://x.test/?a=1&amp;b=2">Q</a>');
  });
  it('leaves non-web links and plain brackets alone', () => {
    expect(introLinksToHtml('[x](javascript:alert(1)) and [y] (z)')).toBe('[x](javascript:alert(1)) and [y] (z)');
  });
  itWithArchive('changes no archived intro', () => {
    for (const text of readArchive().values()) {
      const { intro } = parseIssue(text).issue;
      expect(introLinksToHtml(intro)).toBe(intro);
    }
  });
});

describe('linkOverSelection', () => {
  it('links the selected words to the pasted URL', () => {
    expect(linkOverSelection('talked with Lee Mills today', 12, 21, ' https://twitter.com/lamills83\n')).toEqual({
      text: 'talked with [Lee Mills](https://twitter.com/lamills83) today',
      caret: 54,
      change: null,
    });
  });
  it('takes tracking parameters off the pasted URL, by the rules left on, and says so', () => {
    expect(linkOverSelection('see the talk', 8, 12, 'https://youtu.be/abc?si=XYZ&t=42')).toEqual({
      text: 'see the [talk](https://youtu.be/abc?t=42)',
      caret: 41,
      change: { why: null, trackingRemoved: true },
    });
    expect(linkOverSelection('see the talk', 8, 12, 'https://youtu.be/abc?si=XYZ', { disabled: ['youtube-share'] })?.text).toBe(
      'see the [talk](https://youtu.be/abc?si=XYZ)',
    );
  });
  it('lets an ordinary paste through', () => {
    expect(linkOverSelection('abc', 1, 1, 'https://x.test')).toBeNull(); // nothing selected
    expect(linkOverSelection('abc', 0, 3, 'not a url')).toBeNull();
    expect(linkOverSelection('a\nb', 0, 3, 'https://x.test')).toBeNull();
  });
});
