import { ASCII_PUNCTUATION } from './commonmark-syntax';
import { browserScheme } from './url-policy';

/*
 * Headline, intro and commentary are exported as written (Markdown with raw HTML, as in the
 * archive), so a reader whose renderer has HTML on gets whatever they hold. These schemes run or
 * smuggle code when followed, and an `on…=` attribute runs code when the tag is shown: an issue
 * holding either anywhere is not exported (checkExportable), as with an unsafe item URL.
 */
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);
/** HTML attributes whose value a browser follows or loads as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'srcset', 'ping']);
/** Named references that can spell a scheme out; browsers and Markdown readers decode them. */
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A backslash escape, as CommonMark reads it: the punctuation it escapes in group 1. */
const ESCAPED_PUNCTUATION = new RegExp(`\\\\(${ASCII_PUNCTUATION.source})`, 'g');

/** What makes a text unsafe to export. */
export type UnsafeMarkup = { kind: 'link'; scheme: string } | { kind: 'handler'; attribute: string };

/**
 * The text with character references and backslash escapes decoded, as a reader would follow it.
 * References are read as a browser reads HTML, more loosely than CommonMark: any number of digits
 * (leading zeros and all) and no `;` needed, so what either reader decodes is decoded here.
 */
function decoded(text: string): string {
  return text
    .replace(/&#([xX][0-9a-fA-F]+|[0-9]+);?/g, (_, code: string) => {
      const point = code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '\uFFFD';
    })
    .replace(/&([A-Za-z]+);/g, (reference, name: string) => NAMED[name.toLowerCase()] ?? reference)
    .replace(ESCAPED_PUNCTUATION, '$1');
}

/** The unsafe scheme `address` leads to once decoded, or null. */
function unsafeScheme(address: string): string | null {
  const scheme = browserScheme(decoded(address));
  return scheme !== null && UNSAFE_SCHEMES.has(scheme) ? scheme : null;
}

/** A `]` that is not backslash-escaped (an escaped one closes no link text). */
const CLOSING = String.raw`(?<=(?:^|[^\\])(?:\\\\)*)\]`;

/** Addresses written as Markdown: `[text](dest)`, `[label]: dest` and `<scheme:…>` autolinks. */
function markdownAddresses(text: string): string[] {
  return [
    ...[...text.matchAll(new RegExp(String.raw`${CLOSING}\(\s*<?([^\s)>]*)`, 'g'))].map((m) => m[1]!),
    ...[...text.matchAll(new RegExp(String.raw`${CLOSING}:\s*<?([^\s>]*)`, 'g'))].map((m) => m[1]!),
    ...[...text.matchAll(/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g)].map((m) => m[1]!),
  ];
}

/** Name and value of every attribute of every HTML start tag in `text`, in one pass. */
function htmlAttributes(text: string): Array<[name: string, value: string]> {
  const found: Array<[string, string]> = [];
  const tag = /<[A-Za-z][^\s/>]*/g;
  const attribute = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
  for (let start = tag.exec(text); start; start = tag.exec(text)) {
    attribute.lastIndex = tag.lastIndex;
    for (let m = attribute.exec(text); m; m = attribute.exec(text)) {
      found.push([m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']);
      // The next tag is looked for after this one's attributes, so each character is read once.
      tag.lastIndex = attribute.lastIndex;
    }
  }
  return found;
}

/** The first thing in `text` that would run code in a reader's browser, or null when there is none. */
export function unsafeMarkup(text: string): UnsafeMarkup | null {
  for (const address of markdownAddresses(text)) {
    const scheme = unsafeScheme(address);
    if (scheme) return { kind: 'link', scheme };
  }
  for (const [name, value] of htmlAttributes(text)) {
    if (/^on./.test(name)) return { kind: 'handler', attribute: name };
    if (!URL_ATTRIBUTES.has(name)) continue;
    for (const address of name === 'srcset' ? value.split(',') : [value]) {
      const scheme = unsafeScheme(address.trim());
      if (scheme) return { kind: 'link', scheme };
    }
  }
  return null;
}
