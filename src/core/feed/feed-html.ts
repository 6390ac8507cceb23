import MarkdownIt from 'markdown-it';
import type { Issue } from '../issue';

/**
 * The issue's content as feed readers get it: plain HTML built from the items, no raw HTML from
 * the text (markdown-it with `html: false` escapes it), so no script and no event attribute can
 * get through, and links only to web addresses.
 */
const md = new MarkdownIt({ html: false, linkify: false });
const isWebAddress = (url: string) => /^https?:\/\//i.test(url.trim());
md.validateLink = isWebAddress;

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The links the format's intros carry as HTML (`<a href="…">text</a>`); everything else in them is text. */
const INTRO_LINK = /<a\s+href="([^"]*)"\s*>([^<]*)<\/a>/gi;

function introHtml(intro: string): string {
  const paragraphs = intro.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return paragraphs
    .map((paragraph) => {
      let html = '';
      let last = 0;
      for (const match of paragraph.matchAll(INTRO_LINK)) {
        html += md.renderInline(paragraph.slice(last, match.index));
        const [, href = '', text = ''] = match;
        html += isWebAddress(href) ? `<a href="${escapeHtml(href.trim())}">${md.renderInline(text)}</a>` : md.renderInline(text);
        last = match.index + match[0].length;
      }
      return `<p>${html}${md.renderInline(paragraph.slice(last))}</p>`;
    })
    .join('\n');
}

function itemHtml(item: Issue['items'][number]): string {
  const title = escapeHtml(item.title);
  const heading = isWebAddress(item.url) ? `<a href="${escapeHtml(item.url.trim())}">${title}</a>` : title;
  return `<li><p>${heading}</p>\n${md.render(item.commentary)}</li>`;
}

/** The headline, the intro and the numbered items of an issue as HTML. */
export function feedHtml(issue: Issue): string {
  const parts = [`<h2>${escapeHtml(issue.headline)}</h2>`, introHtml(issue.intro)];
  if (issue.items.length > 0) parts.push(`<ol>\n${issue.items.map(itemHtml).join('\n')}\n</ol>`);
  return parts.filter((part) => part !== '').join('\n');
}
