import type { CleanupOptions } from './cleanup-options';
import { TITLE_RULES, type TitleContext } from './title-rules';

/** A cleaned title, with the original kept so the UI can offer it back. */
export interface CleanTitleResult {
  title: string;
  original: string;
  /** Ids of the rules that changed something, in the order they ran. */
  applied: string[];
}

/** Runs every enabled title rule over `title`, in TITLE_RULES order. */
export function cleanTitle(title: string, context: TitleContext = {}, options: CleanupOptions = {}): CleanTitleResult {
  const disabled = new Set(options.disabled ?? []);
  const applied: string[] = [];
  let current = title;
  for (const rule of TITLE_RULES) {
    if (disabled.has(rule.id)) continue;
    const next = rule.apply(current, context);
    if (next !== current) applied.push(rule.id);
    current = next;
  }
  return { title: current, original: title, applied };
}
