// The popup's words for why the address changed (src/core/clip, cleanup/choose-url), in the
// curator's language; core keeps the English sentence in `urlNote`.
import type { UrlChoice } from '../src/core/cleanup';
import type { UrlChange } from '../src/core/clip';
import { type MessageKey, t } from '../src/platform/i18n';

const CHOICES: Record<Exclude<UrlChoice['code'], 'canonicalOtherSite'>, MessageKey> = {
  pageUnreadable: 'urlChoicePageUnreadable',
  noCanonical: 'urlChoiceNoCanonical',
  canonicalInvalid: 'urlChoiceCanonicalInvalid',
  canonicalNotWeb: 'urlChoiceCanonicalNotWeb',
  canonicalDowngrade: 'urlChoiceCanonicalDowngrade',
  canonicalHomePage: 'urlChoiceCanonicalHomePage',
  canonicalDropsTime: 'urlChoiceCanonicalDropsTime',
  canonical: 'urlChoiceCanonical',
  canonicalSame: 'urlChoiceCanonicalSame',
  canonicalKeepsAnchor: 'urlChoiceCanonicalKeepsAnchor',
};

const choiceText = (why: UrlChoice) => (why.code === 'canonicalOtherSite' ? t('urlChoiceCanonicalOtherSite', why.host) : t(CHOICES[why.code]));

/** Why the address changed, in one or two sentences: the canonical link, then tracking removed. */
export function urlChangeText(change: UrlChange): string {
  return [change.why ? choiceText(change.why) : '', change.trackingRemoved ? t('trackingRemoved') : ''].filter(Boolean).join(' ');
}
