import { describe, expect, it } from 'vitest';
import { RULES_WITH_TEXT, ruleText } from '../../../../../options/sections/settings/cleanup-rule-text';
import { TITLE_RULES } from '../../../../../src/core/cleanup/title-rules';
import { URL_RULES } from '../../../../../src/core/cleanup/url-rules';

describe('cleanup rule descriptions in the UI', () => {
  const all = [...TITLE_RULES, ...URL_RULES];

  it('has a message for every title and URL rule, and none for a rule that is gone', () => {
    expect([...RULES_WITH_TEXT].sort()).toEqual(all.map((rule) => rule.id).sort());
  });

  it('says in English exactly what core says of each rule', () => {
    for (const rule of all) expect(ruleText(rule)).toBe(rule.description);
  });

  it('falls back to core’s English for a rule with no message yet', () => {
    expect(ruleText({ id: 'some-new-rule', description: 'Drops something new.' })).toBe('Drops something new.');
  });
});
