import { describe, expect, it } from 'vitest';
import { unescapeInline } from '../../../../src/core/kubelist/unescape';

describe('unescapeInline', () => {
  it('removes backslash escapes of ASCII punctuation and keeps other backslashes', () => {
    expect(unescapeInline('\\[a\\] \\\\ \\a \\é')).toBe('[a] \\ \\a \\é');
  });

  it('decodes numeric references and the common named ones', () => {
    expect(unescapeInline('&#35; &#x1F600; &#0; &amp; &lt; &gt; &quot; &apos; &nbsp;')).toBe('# 😀 \uFFFD & < > " \' \u00a0');
  });

  it('keeps any other name as written, those of JavaScript objects too', () => {
    // `&constructor;` once came out as the source of a JavaScript function.
    expect(unescapeInline('&copy; &x; &constructor; &toString; &hasOwnProperty;')).toBe('&copy; &x; &constructor; &toString; &hasOwnProperty;');
  });
});
