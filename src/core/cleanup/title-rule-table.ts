import { addressTitle } from './address-title';
import { articleTitle } from './article-title';
import { byline } from './byline';
import { documentId } from './document-id';
import { headingSegment } from './heading-segment';
import { pageSiteNames } from './page-site-names';
import { siteNameBrackets } from './site-name-brackets';
import { siteNameWords } from './site-name-words';
import { titleFallback } from './title-fallback';
import { TAB_TITLE_RULES, type TitleRule } from './title-rules';

/**
 * Every title rule, in the order they run. The title is chosen first (the article's name over a
 * social headline, a fallback for a title that names no page, never an address); character-level
 * repairs come next, so the later rules match on clean text; the site name goes after the counter
 * that precedes it, and the heading's run of segments after every named part is gone; the length
 * cap comes last so it measures what will be shown. A new rule also needs its words for Settings
 * (options/sections/settings/cleanup-rule-text.ts).
 */
export const TITLE_RULES: readonly TitleRule[] = [
  articleTitle,
  titleFallback,
  addressTitle,
  // The tab's rules (title-rules.ts: character repairs to site-name), taken from that table so
  // the popup's first load, which holds them, need not name each one to this module.
  ...TAB_TITLE_RULES.slice(0, -1),
  pageSiteNames,
  siteNameBrackets,
  siteNameWords,
  byline,
  documentId,
  headingSegment,
  // The length cap, last in both tables.
  ...TAB_TITLE_RULES.slice(-1),
];
