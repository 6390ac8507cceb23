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
  /** Other names the page gives its site: `application-name`, the JSON-LD publisher or website, the breadcrumb trail's first step. */
  siteNames?: readonly string[];
  /** The page's author, from its meta tags or JSON-LD. */
  author?: string;
  /** What the page calls the article: its `<h1>` texts, `.entry-title`/`.post-title`, JSON-LD headline, `dc:title`. */
  headings?: readonly string[];
  entryTitles?: readonly string[];
  headline?: string;
  dcTitle?: string;
  /** The page's `og:title` (or twitter:title) and `<title>`, for rules that choose between them. */
  ogTitle?: string;
  pageTitle?: string;
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
 * The rules that need only the title and the address: what the popup runs on the tab's title
 * for its first paint, before the page has been read. The whole table (TITLE_RULES) is in
 * title-rule-table.ts, a module of its own, so the popup's first load does not carry it.
 */
export const TAB_TITLE_RULES: readonly TitleRule[] = [
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
