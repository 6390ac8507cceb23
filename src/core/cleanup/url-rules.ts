import { dropNamed, dropParams, onHost, withoutFragment } from './query-params';

/** One URL-cleaning rule: it edits the URL in place, and leaves it alone when it has nothing to do. */
export interface UrlRule {
  id: string;
  description: string;
  apply(url: URL): void;
}

/**
 * Every URL rule, in the order they run. Each drops something known to track, not to address:
 * a parameter not listed here is kept (`v`, `t` on YouTube, `list`, `p`, `id`, `q`, Medium's
 * `sk` friend link, GitHub's `ref` branch…), and so is any fragment, `#:~:text=` included,
 * since it points into the page. To add a rule, add a row and a test.
 */
export const URL_RULES: readonly UrlRule[] = [
  {
    id: 'utm-params',
    description: 'Drops campaign tags: utm_source, utm_medium, utm_campaign and every other utm_*.',
    apply: (url) => dropParams(url, (name) => name.startsWith('utm_')),
  },
  {
    id: 'ad-click-ids',
    description: 'Drops ad click ids: fbclid, gclid, dclid, gbraid, wbraid, msclkid, yclid, twclid, ttclid.',
    apply: (url) => dropNamed(url, ['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid']),
  },
  {
    id: 'mailchimp',
    description: 'Drops Mailchimp campaign and subscriber ids: mc_cid, mc_eid.',
    apply: (url) => dropNamed(url, ['mc_cid', 'mc_eid']),
  },
  {
    id: 'hubspot',
    description: 'Drops HubSpot email tracking: _hsenc, _hsmi, __hstc, __hssc, __hsfp.',
    apply: (url) => dropNamed(url, ['_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp']),
  },
  {
    id: 'marketo',
    description: 'Drops the Marketo email token mkt_tok.',
    apply: (url) => dropNamed(url, ['mkt_tok']),
  },
  {
    id: 'hootsuite',
    description: 'Drops the Hootsuite channel tag hss_channel.',
    apply: (url) => dropNamed(url, ['hss_channel']),
  },
  {
    id: 'branch-links',
    description: 'Drops Branch link tracking: _branch_match_id, _branch_referrer.',
    apply: (url) => dropNamed(url, ['_branch_match_id', '_branch_referrer']),
  },
  {
    id: 'instagram-share',
    description: 'Drops the Instagram share id igshid.',
    apply: (url) => dropNamed(url, ['igshid']),
  },
  {
    // On X, `t` is a share token; on YouTube it is a timestamp, hence the host check.
    id: 'x-share',
    description: 'Drops the share tokens s and t, and ref_src, from x.com and twitter.com links.',
    apply: (url) => onHost(url, 'x.com', 'twitter.com') && dropNamed(url, ['s', 't', 'ref_src']),
  },
  {
    id: 'youtube-share',
    description: 'Drops si and feature from YouTube links (keeps v, t, list, index).',
    apply: (url) => onHost(url, 'youtube.com', 'youtu.be') && dropNamed(url, ['si', 'feature']),
  },
  {
    id: 'spotify-share',
    description: 'Drops the share id si from Spotify links.',
    apply: (url) => onHost(url, 'spotify.com') && dropNamed(url, ['si']),
  },
  {
    id: 'empty-query',
    description: 'Drops a bare “?” with nothing after it.',
    apply: (url) => {
      if (url.search === '' && withoutFragment(url).endsWith('?')) url.search = '';
    },
  },
  {
    id: 'empty-fragment',
    description: 'Drops a bare “#” with nothing after it.',
    apply: (url) => {
      if (url.hash === '' && url.href.endsWith('#')) url.hash = '';
    },
  },
];

/**
 * The version of the rules that make `urlKey` (the rows above and url-key.ts's normalizing).
 * Stored keys remember the version they were made with, and the database re-keys every item
 * when it differs, so "already featured" keeps finding links stored under earlier rules. Bump it
 * whenever a change here alters any key; url-key-version.test.ts fails until you do.
 */
export const URL_KEY_VERSION = 1;

/** Runs the enabled URL rules over `url` in place; returns the ids of those that changed it. */
export function applyUrlRules(url: URL, disabled: readonly string[] = []): string[] {
  const applied: string[] = [];
  for (const rule of URL_RULES) {
    if (disabled.includes(rule.id)) continue;
    const before = url.href;
    rule.apply(url);
    if (url.href !== before) applied.push(rule.id);
  }
  return applied;
}
