/**
 * The archive's file name for an issue, which the footer's Prev/Next links rely on. Downloads of
 * one issue follow the curator's pattern instead (`issueFileName`).
 */
export function exportFileName(issueNumber: number): string {
  return `kubelist-${issueNumber}.md`;
}
