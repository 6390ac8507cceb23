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
