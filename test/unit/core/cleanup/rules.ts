// Looks rules up by id in their tables, so a rule's tests fail when it is dropped from the table.
import { TITLE_RULES, type TitleRule, URL_RULES, type UrlRule } from '../../../../src/core/cleanup';

/** The title rule with this id, from TITLE_RULES; throws when the table lacks it. */
export function titleRule(id: string): TitleRule {
  const rule = TITLE_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`TITLE_RULES has no rule “${id}”`);
  return rule;
}

/**
 * The title rule with this id, looked up only when applied: a rule missing from the table then
 * fails its own tests instead of the whole file.
 */
export function lazyTitleRule(id: string): Pick<TitleRule, 'apply'> {
  return { apply: (title, context) => titleRule(id).apply(title, context) };
}

/** The URL rule with this id, from URL_RULES; throws when the table lacks it. */
export function urlRule(id: string): UrlRule {
  const rule = URL_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`URL_RULES has no rule “${id}”`);
  return rule;
}

/** `raw` after one URL rule alone, as `href`. */
export function applyUrlRule(id: string, raw: string): string {
  const url = new URL(raw);
  urlRule(id).apply(url);
  return url.href;
}
