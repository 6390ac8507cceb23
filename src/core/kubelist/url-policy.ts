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

/** Why a URL cannot be exported, as a code (and the scheme it uses, when that is why). */
export type UrlProblem =
  | { code: 'noUrl' }
  | { code: 'scheme'; scheme: string }
  | { code: 'notAbsolute' }
  | { code: 'whitespace' }
  | { code: 'control' }
  | { code: 'noHost' };

/** Why `url` cannot be exported, or null when it can. */
export function urlProblem(url: string): UrlProblem | null {
  if (url.trim() === '') return { code: 'noUrl' };
  const scheme = browserScheme(url);
  if (scheme !== null && scheme !== 'http' && scheme !== 'https') return { code: 'scheme', scheme };
  if (scheme === null) return { code: 'notAbsolute' };
  if (/^\s|\s$/.test(url)) return { code: 'whitespace' };
  if (CONTROL.test(url)) return { code: 'control' };
  if (!/^https?:\/\/[^/?#]/i.test(url)) return { code: 'noHost' };
  return null;
}

/** A URL problem in English, as a clause: "its URL has no host". */
export function urlProblemText(problem: UrlProblem): string {
  switch (problem.code) {
    case 'noUrl':
      return 'it has no URL';
    case 'scheme':
      return `its URL uses the ${problem.scheme}: scheme; only http: and https: links can be exported`;
    case 'notAbsolute':
      return 'its URL is not an absolute http: or https: address';
    case 'whitespace':
      return 'its URL starts or ends with whitespace';
    case 'control':
      return 'its URL contains a line break, tab or other control character';
    case 'noHost':
      return 'its URL does not start with http:// or https:// followed by a host';
  }
}
