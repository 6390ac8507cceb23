import type { MessageKey } from '../../../src/text/t';
import { t } from '../../../src/text/t';

/** Each cleanup rule's description, by rule id, as the Settings panel shows it in the UI's language. */
const RULE_TEXT: Readonly<Record<string, MessageKey>> = {
  'lone-surrogates': 'ruleLoneSurrogates',
  'control-chars': 'ruleControlChars',
  'bidi-controls': 'ruleBidiControls',
  'zero-width': 'ruleZeroWidth',
  nfc: 'ruleNfc',
  whitespace: 'ruleWhitespace',
  'notification-counter': 'ruleNotificationCounter',
  'github-prefix': 'ruleGithubPrefix',
  'medium-byline': 'ruleMediumByline',
  'site-name': 'ruleSiteName',
  'length-cap': 'ruleLengthCap',
  'utm-params': 'ruleUtmParams',
  'ad-click-ids': 'ruleAdClickIds',
  mailchimp: 'ruleMailchimp',
  hubspot: 'ruleHubspot',
  marketo: 'ruleMarketo',
  hootsuite: 'ruleHootsuite',
  'branch-links': 'ruleBranchLinks',
  'instagram-share': 'ruleInstagramShare',
  'x-share': 'ruleXShare',
  'youtube-share': 'ruleYoutubeShare',
  'spotify-share': 'ruleSpotifyShare',
  'empty-query': 'ruleEmptyQuery',
  'empty-fragment': 'ruleEmptyFragment',
};

/** A rule's description in the UI's language; core's English one for a rule not yet given a message. */
export function ruleText(rule: { id: string; description: string }): string {
  const key = RULE_TEXT[rule.id];
  return key ? t(key) : rule.description;
}

/** Rule ids that have a message (for the test that keeps this table and the rule tables in step). */
export const RULES_WITH_TEXT: readonly string[] = Object.keys(RULE_TEXT);
