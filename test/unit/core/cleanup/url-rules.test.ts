import { describe, expect, it } from 'vitest';
import { cleanUrl, URL_RULES } from '../../../../src/core/cleanup';
import { applyUrlRule } from './rules';

/** Through cleanUrl: the rule's id is reported, and turning it off keeps the input. */
function expectPipeline(id: string, input: string, expected: string) {
  expect(cleanUrl(input)).toEqual({ url: expected, original: input, applied: [id] });
  expect(cleanUrl(input, { disabled: [id] })).toEqual({ url: input, original: input, applied: [] });
}

/** Each rule: inputs it cleans (with the expected result) and inputs it must leave alone. */
const CASES: Record<string, { drops: [string, string][]; keeps: string[] }> = {
  'utm-params': {
    drops: [
      ['https://example.com/post?utm_source=news&utm_medium=email&utm_campaign=k8s&id=3', 'https://example.com/post?id=3'],
      ['https://example.com/post?UTM_Source=x&utm_content=buffer4cd89', 'https://example.com/post'],
    ],
    keeps: ['https://example.com/post?utmost=1', 'https://example.com/post?my_utm_source=1', 'https://example.com/utm_source=x/'],
  },
  'ad-click-ids': {
    drops: [
      ['https://example.com/a?fbclid=IwAR3IDt', 'https://example.com/a'],
      ['https://example.com/a?gclid=1&dclid=2&gbraid=3&wbraid=4&msclkid=5&yclid=6&twclid=7&ttclid=8&page=2', 'https://example.com/a?page=2'],
    ],
    keeps: ['https://example.com/a?clid=1', 'https://example.com/fbclid/a'],
  },
  mailchimp: {
    drops: [['https://example.com/a?mc_cid=abc&mc_eid=def&p=1', 'https://example.com/a?p=1']],
    keeps: ['https://example.com/a?mc=1&cid=2'],
  },
  hubspot: {
    drops: [['https://example.com/a?_hsenc=p2AN&_hsmi=123&__hstc=1&__hssc=2&__hsfp=3', 'https://example.com/a']],
    keeps: ['https://example.com/a?hs=1&_hs=2'],
  },
  marketo: {
    drops: [['https://example.com/a?mkt_tok=eyJpIjoi&id=9', 'https://example.com/a?id=9']],
    keeps: ['https://example.com/a?mkt=1'],
  },
  hootsuite: {
    drops: [['https://example.com/a?hss_channel=fbp-153231574770983', 'https://example.com/a']],
    keeps: ['https://example.com/a?channel=fbp'],
  },
  'branch-links': {
    drops: [
      ['https://medium.com/@jotak/kiali-28c8eea8f5f3?_branch_match_id=565576786019241122&_branch_referrer=H4s', 'https://medium.com/@jotak/kiali-28c8eea8f5f3'],
    ],
    keeps: ['https://example.com/a?branch=main'],
  },
  'instagram-share': {
    drops: [['https://www.instagram.com/p/Cx1/?igshid=MzRlODBiNWFlZA==', 'https://www.instagram.com/p/Cx1/']],
    keeps: ['https://www.instagram.com/p/Cx1/?img_index=2'],
  },
  'x-share': {
    drops: [
      ['https://x.com/kelseyhightower/status/1?s=20&t=abc', 'https://x.com/kelseyhightower/status/1'],
      ['https://twitter.com/CloudNativeFdn/status/1303658173702852608?s=20', 'https://twitter.com/CloudNativeFdn/status/1303658173702852608'],
      ['https://mobile.twitter.com/a/status/1?ref_src=twsrc%5Etfw&lang=en', 'https://mobile.twitter.com/a/status/1?lang=en'],
    ],
    // On YouTube `t` is the start time; `s` and `t` elsewhere are the site's business.
    keeps: ['https://www.youtube.com/watch?v=abc&t=42', 'https://example.com/search?s=kubernetes&t=1', 'https://notx.com/a?s=20'],
  },
  'youtube-share': {
    drops: [
      ['https://www.youtube.com/watch?v=abc&feature=youtu.be&t=42', 'https://www.youtube.com/watch?v=abc&t=42'],
      ['https://youtu.be/sAiOqSmN-B0?si=Xy12ab&t=114', 'https://youtu.be/sAiOqSmN-B0?t=114'],
      ['https://m.youtube.com/watch?feature=share&v=abc', 'https://m.youtube.com/watch?v=abc'],
    ],
    keeps: ['https://www.youtube.com/watch?v=0w6kXdHXxAA&list=RDb0tsZB_LEQk&index=3', 'https://github.com/org/repo?feature=x&si=1'],
  },
  'spotify-share': {
    drops: [['https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk?si=a1b2c3', 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk']],
    keeps: ['https://example.com/a?si=unit'],
  },
  'empty-query': {
    drops: [
      ['https://example.com/a?', 'https://example.com/a'],
      ['https://example.com/a?#top', 'https://example.com/a#top'],
    ],
    keeps: ['https://example.com/a?x', 'https://example.com/a#?'],
  },
  'empty-fragment': {
    drops: [
      ['https://example.com/a#', 'https://example.com/a'],
      ['https://example.com/a?x=1#', 'https://example.com/a?x=1'],
    ],
    keeps: ['https://example.com/a#top', 'https://example.com/a#:~:text=rolling%20update', 'https://example.com/a?q=#x'],
  },
};

describe('URL_RULES', () => {
  it('has unique ids and a test case set each', () => {
    const ids = URL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(CASES).sort());
  });
});

for (const [id, { drops, keeps }] of Object.entries(CASES)) {
  describe(id, () => {
    it.each(drops)('cleans %s', (input, expected) => {
      expect(applyUrlRule(id, input)).toBe(new URL(expected).href);
    });
    it.each(keeps)('leaves %s alone', (input) => {
      expect(applyUrlRule(id, input)).toBe(new URL(input).href);
      expect(cleanUrl(input)).toMatchObject({ url: input, applied: [] });
    });
    it('runs in the pipeline, and not when disabled', () => expectPipeline(id, drops[0]![0], drops[0]![1]));
  });
}
