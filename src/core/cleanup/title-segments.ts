// Apart from site-name.ts, which the popup's first load holds: only the page rules need these.
import { SEPARATOR } from './site-name';

/** A title's segments between separators, with where each starts and ends in the title. */
export interface Segment {
  text: string;
  start: number;
  end: number;
}

/** Splits a title at its separators; one segment when it has none. */
export function segmentsOf(title: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const separator of title.matchAll(SEPARATOR)) {
    segments.push({ text: title.slice(start, separator.index), start, end: separator.index });
    start = separator.index + separator[0].length;
  }
  segments.push({ text: title.slice(start), start, end: title.length });
  return segments;
}

/** Text as compared with a heading: case, spacing, quote shapes and closing punctuation ignored. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'")
    .replace(/[“”„«»]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/[\s.:;,…]+$/u, '')
    .trim();
}

/** Whether the text is a web address (with a scheme, or a host followed by a path), not words. */
export function isAddress(text: string, pageUrl = ''): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/u.test(trimmed)) return false;
  if (/^https?:\/\//iu.test(trimmed)) return true;
  if (/^[\w-]+(?:\.[\w-]+)+(?::\d+)?[/?#]/u.test(trimmed)) return true;
  try {
    return pageUrl !== '' && trimmed.toLowerCase().replace(/^www\./u, '') === new URL(pageUrl).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return false;
  }
}
