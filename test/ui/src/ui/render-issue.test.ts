import { describe, expect, it } from 'vitest';
import { renderIssueHtml } from '../../../../src/ui/render-issue';

// The sanitizer itself is exercised in real Chromium (test/e2e/editor-desk.test.ts): happy-dom is
// not a DOM DOMPurify trusts. Here: without a DOM it must fail closed, never pass HTML through.
describe('renderIssueHtml without a DOM', () => {
  it('fails closed: the markdown as escaped text, nothing rendered', () => {
    const html = renderIssueHtml('> <img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(html).toBe('<pre>&gt; &lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt;</pre>');
  });
});
