/*
 * Only http: and https: links may reach readers. The scheme is read the way a browser's URL
 * parser reads it (leading/trailing C0 controls and spaces dropped, tabs and newlines removed
 * anywhere), so ` javascript:` or `java\tscript:` cannot slip through as "not a scheme".
 */

const CONTROL = /[\u0000-\u001f\u007f]/;

/** The scheme a browser would see, lower-cased, or null when the URL has none. */
export function browserScheme(url: string): string | null {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

/** Why `url` cannot be exported, or null when it can. */
export function urlProblem(url: string): string | null {
  if (url.trim() === '') return 'it has no URL';
  const scheme = browserScheme(url);
  if (scheme !== null && scheme !== 'http' && scheme !== 'https') {
    return `its URL uses the ${scheme}: scheme; only http: and https: links can be exported`;
  }
  if (scheme === null) return 'its URL is not an absolute http: or https: address';
  if (/^\s|\s$/.test(url)) return 'its URL starts or ends with whitespace';
  if (CONTROL.test(url)) return 'its URL contains a line break, tab or other control character';
  if (!/^https?:\/\/[^/?#]/i.test(url)) return 'its URL does not start with http:// or https:// followed by a host';
  return null;
}
