import markdownit from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapePageText, formatIssue } from '../../../../src/core/kubelist';

// Issue 12: a page showing `<img src=x onerror=…>` as text, quoted into a blurb, went out as live
// HTML. Read here as the most trusting renderer would: HTML on, and every link followed.
const trusting = markdownit({ html: true });
trusting.validateLink = () => true;
const rendered = (blurb: string) => trusting.render(blurb);
/** The rendered blurb's visible text, entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

const hostile = [
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '<javascript:alert(1)>',
  '[x][r]\n[r]: javascript:alert(1)',
  '&lt;script&gt; and &#60;b&#62;',
  '\\<img src=x onerror=alert(1)>',
  '<!-- hidden --> <?php x ?> </div>',
];

describe('escapePageText', () => {
  it.each(hostile)('renders %j as that text, with no tag and no link', (text) => {
    const html = rendered(escapePageText(text.replace(/\s+/g, ' ')));
    expect(html).not.toMatch(/<(?!\/?p>)/);
    expect(visibleText(html)).toBe(text.replace(/\s+/g, ' '));
  });

  it('leaves ordinary quotes as they were on the page', () => {
    for (const text of ['etcd is the brain of every cluster.', 'a < b && c > d', 'AT&T, 50% off; C:\\temp', 'Weâ€™re *really* (sort of) back!']) {
      expect(escapePageText(text)).toBe(text);
    }
  });

  it('makes a quote that exports without being blocked', () => {
    const commentary = `“${escapePageText(hostile.join(' ').replace(/\s+/g, ' '))}” My take. 🔊`;
    const issue = { number: 1, date: '2024-05-01', headline: 'H', intro: 'I', items: [{ title: 'T', url: 'https://example.com/', commentary }] };
    expect(formatIssue(issue)).toContain(commentary);
  });
});
