import { describe, expect, it } from 'vitest';
import { unescapeInline } from '../../../../src/core/kubelist/unescape';

describe('unescapeInline', () => {
  it('removes backslash escapes of ASCII punctuation and keeps other backslashes', () => {
    expect(unescapeInline('\\[a\\] \\\\ \\a \\é')).toBe('[a] \\ \\a \\é');
  });

  it('decodes numeric references and the common named ones', () => {
    expect(unescapeInline('&#35; &#x1F600; &#0; &amp; &lt; &gt; &quot; &apos; &nbsp;')).toBe('# 😀 \uFFFD & < > " \' \u00a0');
  });

  it("decodes the spec's numeric references (examples 26 and 27), a code point no character has as U+FFFD", () => {
    expect(unescapeInline('&#35; &#1234; &#992; &#0;')).toBe('# Ӓ Ϡ \uFFFD');
    expect(unescapeInline('&#X22; &#XD06; &#xcab;')).toBe('" ആ ಫ');
    expect(unescapeInline('&#1234567; &#x10FFFF; &#x110000; &#xD800;')).toBe('\uFFFD \u{10FFFF} \uFFFD \uFFFD');
  });

  it('keeps what the spec says is no reference (examples 28 and 29) as written', () => {
    const none = '&nbsp &x; &#; &#x; &#87654321; &#abcdef0; &ThisIsNotDefined; &hi?; &copy';
    expect(unescapeInline(none)).toBe(none);
  });

  it('keeps any other name as written, those of JavaScript objects too', () => {
    // `&constructor;` once came out as the source of a JavaScript function.
    expect(unescapeInline('&copy; &x; &constructor; &toString; &hasOwnProperty;')).toBe('&copy; &x; &constructor; &toString; &hasOwnProperty;');
  });
});
