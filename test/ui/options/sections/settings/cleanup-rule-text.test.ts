import { describe, expect, it } from 'vitest';
import { RULES_WITH_TEXT, ruleText } from '../../../../../options/sections/settings/cleanup-rule-text';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/cleanup';
import { TITLE_RULES } from '../../../../../src/core/cleanup/title-rule-table';
import { URL_RULES } from '../../../../../src/core/cleanup/url-rules';

describe('cleanup rule descriptions in the UI', () => {
  const all = [...TITLE_RULES, ...URL_RULES];

  it('has a message for every title and URL rule, and none for a rule that is gone', () => {
    expect([...RULES_WITH_TEXT].sort()).toEqual(all.map((rule) => rule.id).sort());
  });

  it('says what each rule does in a sentence of its own', () => {
    const texts = all.map(ruleText);
    for (const [i, text] of texts.entries()) expect(text, all[i]!.id).toMatch(/^[A-Z].{10,}\.$/);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives the length cap the limit the rule applies', () => {
    expect(ruleText({ id: 'length-cap' })).toBe(`Shortens titles longer than ${MAX_TITLE_LENGTH} characters, ending with “…”.`);
  });

  it('shows the id of a rule with no message yet', () => {
    expect(ruleText({ id: 'some-new-rule' })).toBe('some-new-rule');
  });
});
