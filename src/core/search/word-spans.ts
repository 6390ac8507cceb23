import { foldText } from './fold-text';

/** One word of a text: where it stands as written, and its folded form for comparing. */
export interface WordSpan {
  start: number;
  end: number;
  folded: string;
}

// Letters and digits of any script, with the combining marks that belong to them; everything
// else (spaces, punctuation, emoji, `/` and `.` of a URL) separates words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
// The same words in folded text, which has no marks left; a separate object, as `match` and
// `exec` both move a global expression's `lastIndex`.
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The words of `folded` (a text as `foldText` gives it) between single spaces and with a space
 * at each end (` deja vu `): `includes(' ' + term)` is then a prefix match and
 * `includes(' ' + phrase + ' ')` a whole-word phrase match. The same words as `wordSpans` finds
 * in the text as written (folding changes no character that separates words, and no word ends
 * before a mark), found in one pass.
 */
export function foldedWords(folded: string): string {
  return ` ${(folded.match(WORDS) ?? []).join(' ')} `;
}

/** The words of `text` in order, each with its offsets and folded form. */
export function wordSpans(text: string, from = 0): WordSpan[] {
  const spans: WordSpan[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length, folded: foldText(match[0]) });
  }
  return spans;
}

/** Where the words of a URL begin: after its scheme and a `www.`, which every link shares. */
export function urlWordsStart(url: string): number {
  return /^[a-z][a-z\d+.-]*:(?:\/\/)?(?:www\.)?/i.exec(url)?.[0].length ?? 0;
}

/** A URL's words: host labels, path segments and query words, without the scheme and `www`. */
export function urlWordSpans(url: string): WordSpan[] {
  return wordSpans(url, urlWordsStart(url));
}
