import { ASCII_PUNCTUATION, startsCharacterReference } from './commonmark-syntax';

/*
 * Text taken from a web page (the selection the popup quotes) is text, not Markdown or HTML: in a
 * blurb it must render as the page showed it. Escaped minimally, as titles are (escape-title.ts),
 * so an ordinary quote reads the same in the blurb as on the page: a character gets escaped only
 * where a Markdown reader with HTML on would otherwise see a tag, an entity, a link or an escape.
 */

/** `<` followed by this may open a tag, a comment, a declaration or an autolink. */
const TAG_START = /[A-Za-z/!?]/;

/** Page text as Markdown source that renders as that same text: no live tag, entity or link. */
export function escapePageText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1] ?? '';
    if (ch === '<' && TAG_START.test(next)) out += '&lt;';
    else if (ch === '&' && startsCharacterReference(text, i)) out += '&amp;';
    else if (ch === '[' || ch === ']') out += `\\${ch}`;
    else if (ch === '\\' && ASCII_PUNCTUATION.test(next)) out += '\\\\';
    else out += ch;
  }
  return out;
}
