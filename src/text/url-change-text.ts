// The words for why an address changed (src/core/clip, cleanup/choose-url), in the curator's
// language: the popup's note, the editor's note under an item's URL, the toolbar button's tooltip
// after a quick add.
import type { UrlChoice } from '../core/cleanup';
import type { UrlChange } from '../core/clip';
import { type MessageKey, t } from './t';

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
