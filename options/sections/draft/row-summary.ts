import { splitTrailingEmoji } from '../../../src/core/emoji-suggest/trailing-emoji';

/** What an item's compact row shows of it. */
export interface RowSummary {
  /** The link's host without `www.`; empty for an address that does not parse. */
  host: string;
  /** The blurb's first line, without the emoji it ends with. */
  line: string;
  /** The emoji the blurb ends with, as written. */
  emoji: string;
}

/** An item as one line: its site, the start of its blurb and its emoji. */
export function rowSummary({ url, commentary }: { url: string; commentary: string }): RowSummary {
  const { body, emoji } = splitTrailingEmoji(commentary);
  return { host: hostOf(url), line: body.split('\n', 1)[0]?.trim() ?? '', emoji: emoji.join('') };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Only web addresses become links in a row (a half-typed one stays text). */
export const isWebLink = (url: string) => /^https?:\/\/./i.test(url);
