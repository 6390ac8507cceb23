import type { TitleRule } from './title-rules';
import { isAddress } from './title-segments';

/** A path segment that is only an id, a date part or a hash says nothing: `8a71`, `2024`, `p`. */
const WORDY = /\p{L}{2,}.*\p{L}{2,}|\p{L}{4,}/u;

/** Words from the last wordy segment of the address's path: `/post/lessons-from-gitops.html` → "Lessons from gitops". */
export function pathWords(url: string | undefined): string {
  let path: string;
  try {
    path = new URL(url ?? '').pathname;
  } catch {
    return '';
  }
  for (const raw of path.split('/').reverse()) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      segment = raw;
    }
    const words = segment
      .replace(/\.[a-z]{2,5}$/iu, '')
      .split(/[-_+.\s]+/u)
      .filter(Boolean);
    const text = words.join(' ');
    if (WORDY.test(text)) return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  }
  return '';
}

/**
 * A title is never an address. Browsers name a tab without a `<title>` after its address,
 * tracking parameters included; when nothing better was found, words from the address's path.
 */
export const addressTitle: TitleRule = {
  id: 'address-title',
  apply(title, context) {
    if (title.trim() !== '' && !isAddress(title, context.url)) return title;
    return pathWords(context.url) || title;
  },
};
