/** Reading Kubelist files into the archive: the import preview, its plan, and file checks. */

export type { MojibakeSample } from './mojibake-sample';
export { needsAttention } from './needs-attention';
export {
  type ConflictChoice,
  type ConflictChoices,
  type FileOutcome,
  fileOutcome,
  type ImportEntry,
  type ImportPlan,
  planImport,
  planTotals,
} from './plan-import';
export {
  type ArchivedIssue,
  type FileClash,
  type FilePreview,
  type ImportPreview,
  type ImportSource,
  previewImport,
  previewReadings,
  type ReadFile,
  type ReadSource,
} from './preview-import';
export {
  type BlockedReason,
  type FileProblem,
  type FileReading,
  type FileReason,
  numberInFileName,
  readImportFile,
} from './read-import-file';
export { suspectMojibake } from './suspect-mojibake';
