import type { ItemRef, SearchableIssue } from './searchable';
import { urlWordSpans, type WordSpan, wordSpans } from './word-spans';

/** An item with its three fields folded once, as ` word word ` strings a query scans. */
export interface IndexedItem {
  ref: ItemRef;
  title: string;
  url: string;
  commentary: string;
  keys: { title: string; blurb: string; url: string };
}

/** Every item, newest issue first: the order results keep when their scores tie. */
export interface SearchIndex {
  items: IndexedItem[];
}

// One string per field, words between single spaces: `includes(' ' + term)` is a prefix match
// and `includes(' ' + phrase + ' ')` a whole-word phrase match, with no per-word objects kept.
const key = (spans: WordSpan[]) => ` ${spans.map((span) => span.folded).join(' ')} `;

const newestFirst = (a: SearchableIssue, b: SearchableIssue) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || b.number - a.number;

/** Folds every item's title, blurb and URL words once per load, so each keystroke only scans strings. */
export function buildSearchIndex(issues: readonly SearchableIssue[]): SearchIndex {
  const items: IndexedItem[] = [];
  for (const issue of [...issues].sort(newestFirst)) {
    const ordered = [...issue.items].sort((a, b) => a.position - b.position);
    ordered.forEach(({ id, title, url, commentary }, index) => {
      const ref: ItemRef = { issueNumber: issue.number, date: issue.date, status: issue.status, itemId: id, ordinal: index + 1 };
      items.push({ ref, title, url, commentary, keys: { title: key(wordSpans(title)), blurb: key(wordSpans(commentary)), url: key(urlWordSpans(url)) } });
    });
  }
  return { items };
}
