import type { FilePreview } from './preview-import';

/**
 * Whether the curator should look at a file before confirming: it is left out (unreadable, a
 * repeat), clashes with the archive, or has problems or mojibake. The preview lists these first.
 */
export function needsAttention(file: FilePreview): boolean {
  return file.blocked !== null || file.duplicateOf !== null || file.conflict !== null || file.problems.length > 0 || file.mojibake !== null;
}
