import { dropNamed, dropParams, onHost, withoutFragment } from './query-params';

/** One URL-cleaning rule: it edits the URL in place, and leaves it alone when it has nothing to do. */
export interface UrlRule {
  id: string;
  apply(url: URL): void;
}

/**
 * Every URL rule, in the order they run. Each drops something known to track, not to address:
 * a parameter not listed here is kept (`v`, `t` on YouTube, `list`, `p`, `id`, `q`, Medium's
 * `sk` friend link, GitHub's `ref` branch…), and so is any fragment, `#:~:text=` included,
 * since it points into the page. To add a rule, add a row, a test, and the words for Settings
 * (options/sections/settings/cleanup-rule-text.ts).
 */
export const URL_RULES: readonly UrlRule[] = [
  {
    id: 'utm-params',
    apply: (url) => dropParams(url, (name) => name.startsWith('utm_')),
  },
  {
    id: 'ad-click-ids',
    apply: (url) => dropNamed(url, ['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid']),
  },
  {
    id: 'mailchimp',
    apply: (url) => dropNamed(url, ['mc_cid', 'mc_eid']),
  },
  {
    id: 'hubspot',
    apply: (url) => dropNamed(url, ['_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp']),
  },
  {
    id: 'marketo',
    apply: (url) => dropNamed(url, ['mkt_tok']),
  },
  {
    id: 'hootsuite',
    apply: (url) => dropNamed(url, ['hss_channel']),
  },
  {
    id: 'branch-links',
    apply: (url) => dropNamed(url, ['_branch_match_id', '_branch_referrer']),
  },
  {
    id: 'instagram-share',
    apply: (url) => dropNamed(url, ['igshid']),
  },
  {
    // On X, `t` is a share token; on YouTube it is a timestamp, hence the host check.
    id: 'x-share',
    apply: (url) => onHost(url, 'x.com', 'twitter.com') && dropNamed(url, ['s', 't', 'ref_src']),
  },
  {
    id: 'youtube-share',
    apply: (url) => onHost(url, 'youtube.com', 'youtu.be') && dropNamed(url, ['si', 'feature']),
  },
  {
    id: 'spotify-share',
    apply: (url) => onHost(url, 'spotify.com') && dropNamed(url, ['si']),
  },
  {
    id: 'empty-query',
    apply: (url) => {
      if (url.search === '' && withoutFragment(url).endsWith('?')) url.search = '';
    },
  },
  {
    id: 'empty-fragment',
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
