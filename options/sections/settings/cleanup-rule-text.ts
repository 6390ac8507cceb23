import { MAX_TITLE_LENGTH } from '../../../src/core/cleanup';
import { t } from '../../../src/text/t';

/** What each cleanup rule does, by rule id, in the UI's language: core's rules carry no words. */
const RULE_TEXT: Readonly<Record<string, () => string>> = {
  'article-title': () => t('ruleArticleTitle'),
  'title-fallback': () => t('ruleTitleFallback'),
  'address-title': () => t('ruleAddressTitle'),
  'lone-surrogates': () => t('ruleLoneSurrogates'),
  'control-chars': () => t('ruleControlChars'),
  'bidi-controls': () => t('ruleBidiControls'),
  'zero-width': () => t('ruleZeroWidth'),
  nfc: () => t('ruleNfc'),
  whitespace: () => t('ruleWhitespace'),
  'notification-counter': () => t('ruleNotificationCounter'),
  'github-prefix': () => t('ruleGithubPrefix'),
  'medium-byline': () => t('ruleMediumByline'),
  'site-name': () => t('ruleSiteName'),
  'page-site-names': () => t('rulePageSiteNames'),
  'site-name-brackets': () => t('ruleSiteNameBrackets'),
  'site-name-words': () => t('ruleSiteNameWords'),
  byline: () => t('ruleByline'),
  'document-id': () => t('ruleDocumentId'),
  'heading-segment': () => t('ruleHeadingSegment'),
  'length-cap': () => t('ruleLengthCap', MAX_TITLE_LENGTH),
  'utm-params': () => t('ruleUtmParams'),
  'ad-click-ids': () => t('ruleAdClickIds'),
  mailchimp: () => t('ruleMailchimp'),
  hubspot: () => t('ruleHubspot'),
  marketo: () => t('ruleMarketo'),
  hootsuite: () => t('ruleHootsuite'),
  'branch-links': () => t('ruleBranchLinks'),
  'instagram-share': () => t('ruleInstagramShare'),
  'x-share': () => t('ruleXShare'),
  'youtube-share': () => t('ruleYoutubeShare'),
  'spotify-share': () => t('ruleSpotifyShare'),
  'empty-query': () => t('ruleEmptyQuery'),
  'empty-fragment': () => t('ruleEmptyFragment'),
};

/**
 * What a rule does, for Settings to show beside its checkbox. A rule not yet given words shows
 * its id; the test over TITLE_RULES and URL_RULES names any such rule.
 */
export function ruleText(rule: { id: string }): string {
  return RULE_TEXT[rule.id]?.() ?? rule.id;
}

/** Rule ids that have words (for the test that keeps this table and the rule tables in step). */
export const RULES_WITH_TEXT: readonly string[] = Object.keys(RULE_TEXT);
