import type { CleanupOptions } from './cleanup-options';
import type { TitleContext, TitleRule } from './title-rules';

/** A cleaned title, with the original kept so the UI can offer it back. */
export interface CleanTitleResult {
  title: string;
  original: string;
  /** Ids of the rules that changed something, in the order they ran. */
  applied: string[];
}

/** Runs each enabled rule of `rules` over `title`, in order (a table of its own: see TAB_TITLE_RULES). */
export function applyTitleRules(rules: readonly TitleRule[], title: string, context: TitleContext = {}, options: CleanupOptions = {}): CleanTitleResult {
  const disabled = new Set(options.disabled ?? []);
  const applied: string[] = [];
  let current = title;
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    const next = rule.apply(current, context);
    if (next !== current) applied.push(rule.id);
    current = next;
  }
  return { title: current, original: title, applied };
}
