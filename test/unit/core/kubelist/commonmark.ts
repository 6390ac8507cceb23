// What a CommonMark reader makes of an exported issue, in terms a test can compare.
import markdownit, { type MarkdownIt, type Token } from 'markdown-it';

/** Two readers: markdown-it's CommonMark preset, and its default (GFM tables, strikethrough) with HTML on. */
export const readers: ReadonlyArray<readonly [string, MarkdownIt]> = [
  ['commonmark', markdownit('commonmark')],
  ['default+html', markdownit({ html: true })],
];

/** One top-level list item as read: the link that opens its first paragraph. */
export interface ReadItem {
  /** The link's href, or null when the item's first paragraph does not start with a link. */
  href: string | null;
  /** The link's text, or null when it holds anything but plain text (emphasis, code, a nested link…). */
  text: string | null;
  /** True when the link is the whole first paragraph. */
  linkIsWholeParagraph: boolean;
}

/** Tags of the top-level blocks in order (`h2`, `blockquote`, `ol`…) and the top-level list's items. */
export function readExport(md: MarkdownIt, markdown: string): { blocks: string[]; items: ReadItem[] } {
  const tokens = md.parse(markdown, {});
  const blocks = tokens.filter((t) => t.level === 0 && t.nesting !== -1).map((t) => t.tag || t.type);
  const items: ReadItem[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'list_item_open' || token.level !== 1) return;
    const inline = tokens[i + 1]?.type === 'paragraph_open' ? tokens[i + 2] : undefined;
    items.push(readLink(inline?.children ?? []));
  });
  return { blocks, items };
}

function readLink(children: Token[]): ReadItem {
  const [open] = children;
  if (open?.type !== 'link_open') return { href: null, text: null, linkIsWholeParagraph: false };
  const close = children.findIndex((t) => t.type === 'link_close');
  const inside = children.slice(1, close);
  const text = inside.every((t) => t.type === 'text') ? inside.map((t) => t.content).join('') : null;
  const href = open.attrGet('href');
  return { href: href === null ? null : String(href), text, linkIsWholeParagraph: close === children.length - 1 };
}
