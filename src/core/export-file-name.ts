/**
 * The archive's file name for an issue, which the footer's Prev/Next links rely on; `extension`
 * is its format's (Kubelist markdown's `md` unless another exporter's is given). Downloads of one
 * issue follow the curator's pattern instead (`issueFileName`).
 */
export function exportFileName(issueNumber: number, extension = 'md'): string {
  return `kubelist-${issueNumber}.${extension}`;
}
