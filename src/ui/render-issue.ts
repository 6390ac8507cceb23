// Loaded on demand by the rendered preview: markdown-it and DOMPurify stay out of first paint.
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

// `html: true` because the format's intros carry <a href> links; whatever HTML the markdown holds
// is then cleaned by DOMPurify, the maintained sanitizer, before it reaches the page.
const md = new MarkdownIt({ html: true, linkify: false });

const ALLOWED_TAGS = ['a', 'p', 'h2', 'h3', 'h4', 'ol', 'ul', 'li', 'blockquote', 'em', 'strong', 'code', 'pre', 'br', 'del', 's'];

// (Without a DOM there is no sanitizer to configure; renderIssueHtml then fails closed.)
if (DOMPurify.isSupported)
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    // Readers only ever get web links; anything else loses its destination in the preview too.
    if (!/^https?:\/\//i.test(href)) node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The exported markdown rendered as readers will see it, as sanitized HTML (no script, no unsafe
 * link). Where DOMPurify cannot run (no real DOM), it fails closed: the markdown as plain text.
 */
export function renderIssueHtml(markdown: string): string {
  if (!DOMPurify.isSupported) return `<pre>${escapeHtml(markdown)}</pre>`;
  return DOMPurify.sanitize(md.render(markdown), { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'target', 'rel'] });
}
