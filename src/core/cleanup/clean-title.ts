import { applyTitleRules, type CleanTitleResult } from './apply-title-rules';
import type { CleanupOptions } from './cleanup-options';
import { TITLE_RULES } from './title-rule-table';
import type { TitleContext } from './title-rules';

export type { CleanTitleResult } from './apply-title-rules';

/** Runs every enabled title rule over `title`, in TITLE_RULES order. */
export function cleanTitle(title: string, context: TitleContext = {}, options: CleanupOptions = {}): CleanTitleResult {
  return applyTitleRules(TITLE_RULES, title, context, options);
}
