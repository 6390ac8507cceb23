import { githubPrefix } from './github-prefix';
import { lengthCap } from './length-cap';
import { mediumByline } from './medium-byline';
import { siteName } from './site-name';
import { zeroWidth } from './zero-width';

/** What the page says about itself, for rules that recognise the site's name in its title. */
export interface TitleContext {
  /** The page's `og:site_name`, possibly empty. */
  siteName?: string;
  /** The page's address; its hostname names the site too (`blog.example.com` → "Example Blog"). */
  url?: string;
}

/** One title-cleaning rule; `apply` returns the title unchanged when the rule has nothing to do. */
export interface TitleRule {
  id: string;
  apply(title: string, context: TitleContext): string;
}

/** Half of a surrogate pair without its other half: not text, and it breaks UTF-8 export. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 controls and DEL; tab, line breaks and NEL are left to the whitespace rule. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/gu;
/** Bidi embeddings, overrides, isolates and marks: they can make a title read backwards. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Any run of whitespace, line breaks included (JS `\s` covers NBSP and U+2028; NEL added). */
const WHITESPACE = /[\s\u0085]+/gu;
/** `(2) `, `(99+) `: unread counts that tabs of X, YouTube or Gmail put in front of the title. */
const COUNTER = /^\(\d{1,3}\+?\)\s+/u;

export const loneSurrogates: TitleRule = {
  id: 'lone-surrogates',
  apply: (title) => title.replace(LONE_SURROGATE, '\uFFFD'),
};

export const controlChars: TitleRule = {
  id: 'control-chars',
  apply: (title) => title.replace(CONTROL, ''),
};

export const bidiControls: TitleRule = {
  id: 'bidi-controls',
  apply: (title) => title.replace(BIDI, ''),
};

export const nfc: TitleRule = {
  id: 'nfc',
  apply: (title) => title.normalize('NFC'),
};

export const whitespace: TitleRule = {
  id: 'whitespace',
  apply: (title) => title.replace(WHITESPACE, ' ').trim(),
};

export const notificationCounter: TitleRule = {
  id: 'notification-counter',
  apply: (title) => title.replace(COUNTER, ''),
};

/**
 * Every title rule, in the order they run. Character-level repairs come first, so the later
 * rules match on clean text; the site name goes after the counter that precedes it; the length
 * cap comes last so it measures what will be shown. A new rule also needs its words for Settings
 * (options/sections/settings/cleanup-rule-text.ts).
 */
export const TITLE_RULES: readonly TitleRule[] = [
  loneSurrogates,
  controlChars,
  bidiControls,
  zeroWidth,
  nfc,
  whitespace,
  notificationCounter,
  githubPrefix,
  mediumByline,
  siteName,
  lengthCap,
];
