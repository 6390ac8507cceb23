// Guards URL_KEY_VERSION: stored keys are recomputed only when it changes, so a rule change that
// alters keys without a bump would leave "already featured" missing older items.
import { describe, expect, it } from 'vitest';
import { rekey, URL_KEY_VERSION, URL_RULES, urlKey } from '../../../../src/core/cleanup';
import { applyUrlRule } from './rules';

/** One sample per URL rule (in table order), then the key's own normalizing. */
const SAMPLES: Record<string, string> = {
  'utm-params': 'https://example.com/a?utm_source=news&id=3',
  'ad-click-ids': 'https://example.com/a?fbclid=IwAR3&page=2',
  mailchimp: 'https://example.com/a?mc_cid=abc&mc_eid=def&p=1',
  hubspot: 'https://example.com/a?_hsenc=x&_hsmi=y&__hstc=z&__hssc=w&__hsfp=v&p=1',
  marketo: 'https://example.com/a?mkt_tok=abc&p=1',
  hootsuite: 'https://example.com/a?hss_channel=tw-1&p=1',
  'branch-links': 'https://example.com/a?_branch_match_id=1&_branch_referrer=2&p=1',
  'instagram-share': 'https://www.instagram.com/p/Cx1/?igshid=abc',
  'x-share': 'https://twitter.com/jimmangel/status/1260751239211597824?s=21&t=abc&ref_src=twsrc',
  'youtube-share': 'https://www.youtube.com/watch?v=-t0wCOH2X7I&feature=youtu.be&si=abc&t=42',
  'spotify-share': 'https://open.spotify.com/episode/4x?si=abc',
  'empty-query': 'https://example.com/a?',
  'empty-fragment': 'https://example.com/a#',
};
const NORMALIZING = ['https://www.Example.com:443/%7Euser/%c3%bc/./b/../c/?b=2&a=1#top', 'http://localhost:8080/x/'];

/** What the rules of RECORDED.version made of the samples. Record anew only after a bump. */
const RECORDED = {
  version: 1,
  ruleIds: Object.keys(SAMPLES),
  keys: [
    'example.com/a?id=3',
    'example.com/a?page=2',
    'example.com/a?p=1',
    'example.com/a?p=1',
    'example.com/a?p=1',
    'example.com/a?p=1',
    'example.com/a?p=1',
    'instagram.com/p/Cx1',
    'twitter.com/jimmangel/status/1260751239211597824',
    'youtube.com/watch?t=42&v=-t0wCOH2X7I',
    'open.spotify.com/episode/4x',
    'example.com/a',
    'example.com/a',
    'example.com/~user/%C3%BC/c?a=1&b=2',
    'localhost:8080/x',
  ],
};

describe('URL_KEY_VERSION', () => {
  it('has a sample for every URL rule, which that rule changes', () => {
    expect(Object.keys(SAMPLES)).toEqual(URL_RULES.map((rule) => rule.id));
    for (const [id, sample] of Object.entries(SAMPLES)) expect(applyUrlRule(id, sample), id).not.toBe(new URL(sample).href);
  });

  it('is bumped whenever the URL rules change a key', () => {
    const now = { ruleIds: URL_RULES.map((rule) => rule.id), keys: [...Object.values(SAMPLES), ...NORMALIZING].map(urlKey) };
    if (URL_KEY_VERSION === RECORDED.version) {
      expect(now, 'the URL rules changed the keys: bump URL_KEY_VERSION').toEqual({ ruleIds: RECORDED.ruleIds, keys: RECORDED.keys });
    } else {
      expect.fail(`URL_KEY_VERSION is ${URL_KEY_VERSION}, the keys here were made at ${RECORDED.version}: record them anew`);
    }
  });
});

describe('rekey', () => {
  it('remakes a web key as urlKey would from its address', () => {
    for (const key of RECORDED.keys) expect(rekey(key)).toBe(key);
    // Made by rules that did not drop `igshid`; today's do.
    expect(rekey('instagram.com/p/cx1?igshid=abc')).toBe('instagram.com/p/cx1');
    expect(rekey('example.com?b=2&utm_source=x&a=1')).toBe('example.com?a=1&b=2');
  });

  it.each(['mailto:a@b.example', 'javascript:void(0)', 'about:blank', 'chrome://extensions', 'not an address'])('keeps the non-web key %s', (key) => {
    expect(rekey(key)).toBe(key);
  });
});
