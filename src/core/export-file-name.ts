/** The archive's file name for an issue, which the footer's Prev/Next links rely on. */
export function exportFileName(issueNumber: number): string {
  return `kubelist-${issueNumber}.md`;
}
