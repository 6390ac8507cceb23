/** Options every cleanup takes: the rule ids the curator turned off in the options page. */
export interface CleanupOptions {
  disabled?: readonly string[];
}
