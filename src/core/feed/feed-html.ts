import type { Issue } from '../issue';

/**
 * The issue's content as feed readers get it: simple HTML built from the items, every character
 * of the text escaped, so no script and no event attribute can get through. The only markup
 * kept is a link to a web address, written as the format's intros write one
 * (`<a href="…">text</a>`) or as markdown (`[text](https://…)`). Built by hand rather than with
 * markdown-it: the feed is written in the service worker's sync too, and the archive's blurbs
 * hold no other markdown.
 */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const isWebAddress = (url: string) => /^https?:\/\/[^\s"<>]+$/i.test(url);
const LINK = /<a\s+href="([^"]*)"\s*>([^<]*)<\/a>|\[([^\]\n]+)\]\(<?(https?:\/\/[^\s)>]+)>?\)/gi;

/** One paragraph's text with its web links as links and everything else escaped. */
function inline(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, htmlHref, htmlText, mdText, mdHref] = match;
    const href = (htmlHref ?? mdHref ?? '').trim();
    const label = escapeHtml(htmlText ?? mdText ?? '');
    html += escapeHtml(text.slice(last, match.index)) + (isWebAddress(href) ? `<a href="${escapeHtml(href)}">${label}</a>` : label);
    last = match.index + whole.length;
  }
  return (html + escapeHtml(text.slice(last))).replace(/\n/g, '<br>\n');
}

/** Paragraphs at blank lines. */
const paragraphs = (text: string): string[] =>
  text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${inline(paragraph)}</p>`);

function itemHtml(item: Issue['items'][number]): string {
  const title = escapeHtml(item.title);
  const heading = isWebAddress(item.url.trim()) ? `<a href="${escapeHtml(item.url.trim())}">${title}</a>` : title;
  return `<li><p>${heading}</p>${paragraphs(item.commentary).join('')}</li>`;
}

/** The headline, the intro and the numbered items of an issue as HTML. */
export function feedHtml(issue: Issue): string {
  const parts = [`<h2>${escapeHtml(issue.headline.trim())}</h2>`, ...paragraphs(issue.intro)];
  if (issue.items.length > 0) parts.push(`<ol>\n${issue.items.map(itemHtml).join('\n')}\n</ol>`);
  return parts.join('\n');
}
