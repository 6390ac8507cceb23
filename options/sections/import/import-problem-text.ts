// The import preview's words for what reading a file found (src/core/kubelist parse-*, read-input;
// src/core/import/read-import-file), in the curator's language; core keeps the English sentence
// in `message` (and `blocked`) for the command line.
import type { FileProblem, FileReading } from '../../../src/core/import';
import { MAX_ISSUE_NUMBER } from '../../../src/core/issue-rules';
import { type BrokenLink, FOOTER_FORM, type Gap, HEADING_FORM, millionChars } from '../../../src/core/kubelist';
import { type MessageKey, t } from '../../../src/text/t';
import { exportProblemText, urlText } from '../../shared/export-problem-text';

const GAPS: Record<Gap, MessageKey> = {
  afterHeading: 'parseGapAfterHeading',
  afterHeadline: 'parseGapAfterHeadline',
  afterIntro: 'parseGapAfterIntro',
  beforeFooter: 'parseGapBeforeFooter',
};

const BROKEN_LINK: Record<BrokenLink['reason'], MessageKey> = {
  'no-closing-bracket': 'parseBrokenNoClosingBracket',
  'no-url': 'parseBrokenNoUrl',
  'cut-off-url': 'parseBrokenCutOffUrl',
};

/** Grouping off: core writes the size with `toFixed`, and English must read the same. */
const size = (chars: number) => millionChars(chars).toLocaleString(t('langCode'), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/** One problem found reading a file, as a sentence (without its line); core's English for a code this does not know. */
export function importProblemText(problem: FileProblem): string {
  const { reason } = problem;
  switch (reason.code) {
    case 'tooLarge':
      return t('parseTooLarge', size(reason.chars));
    case 'binary':
      return t('parseBinary');
    case 'byteOrderMark':
      return t('parseByteOrderMark');
    case 'lineEndings':
      return t('parseLineEndings', reason.kind === 'crlf' ? t('parseLineEndingsCrLf') : t('parseLineEndingsCr'));
    case 'replacementChars':
      return t('parseReplacementChars');
    case 'moreReplacementChars':
      return t('parseMoreReplacementChars', reason.count);
    case 'moreProblems':
      return t('parseMoreProblems');
    case 'unexpectedText':
      return t('parseUnexpectedText', reason.where === 'betweenItems' ? t('parseWhereBetweenItems') : t('parseWhereBeforeFooter'), reason.text);
    case 'moreUnexpected':
      return t('parseMoreUnexpected');
    case 'noBlankLine':
      return t('parseNoBlankLine', t(GAPS[reason.gap]));
    case 'blankLines':
      return t('parseBlankLines', reason.count, t(GAPS[reason.gap]));
    case 'badHeading':
      return t('parseBadHeading', HEADING_FORM);
    case 'noHeading':
      return t('parseNoHeading', HEADING_FORM);
    case 'badDate':
      return t('parseBadDate', reason.date);
    case 'headingLink':
      return t('parseHeadingLink', reason.url, reason.expected);
    case 'noHeadline':
      return t('parseNoHeadline');
    case 'noIntro':
      return t('parseNoIntro');
    case 'blankBeforeItem':
      return t('parseBlankBeforeItem', reason.item);
    case 'noFooter':
      return reason.last ? t('parseNoFooterLastItem', FOOTER_FORM, reason.last.item, reason.last.title) : t('parseNoFooter', FOOTER_FORM);
    case 'wrongFooter':
      return t('parseWrongFooter', reason.number, reason.expected);
    case 'lineBreakAfterFooter':
      return t('parseLineBreakAfterFooter');
    case 'textAfterFooter':
      return t('parseTextAfterFooter');
    case 'unreadable':
      return t('parseUnreadable', reason.error);
    case 'itemMarker':
      return t('parseItemMarker', reason.item, reason.marker, reason.expected);
    case 'noLink':
      return t('parseNoLink', reason.item, reason.expected);
    case 'brokenLink':
      return t('parseBrokenLink', reason.item, reason.title, t(BROKEN_LINK[reason.why]));
    case 'linkTitleIgnored':
      return t('parseLinkTitleIgnored', reason.item, reason.ignored);
    case 'textAfterLink':
      return t('parseTextAfterLink', reason.item, reason.text);
    case 'badUrl':
      return t('parseBadUrl', reason.item, reason.title, urlText(reason.url));
    case 'noBlankAfterTitle':
      return t('parseNoBlankAfterTitle', reason.item);
    case 'endsInItem':
      return t('parseEndsInItem', reason.item);
    case 'noCommentary':
      return t('parseNoCommentary', reason.item);
    case 'tabIndent':
      return t('parseTabIndent', reason.item);
    case 'badIndent':
      return t('parseBadIndent', reason.item);
    case 'blankInCommentary':
      return t('parseBlankInCommentary', reason.item);
    case 'fileNameNumber':
      return t('importFileNameNumber', reason.named, reason.heading);
    case 'exportBlocked':
      return exportProblemText(reason.problem);
    case 'mixedMojibake':
      return t('importMixedMojibake');
    default:
      // A code added to core before it was given a message here.
      return problem.message;
  }
}

/** Why a file cannot be imported at all, as a sentence ('' when it can); core's English for a code this does not know. */
export function blockedText({ blocked, blockedReason }: Pick<FileReading, 'blocked' | 'blockedReason'>): string {
  if (blockedReason?.code === 'noNumber') return t('importBlockedNoNumber');
  if (blockedReason?.code === 'badNumber') return t('importBlockedBadNumber', blockedReason.number, MAX_ISSUE_NUMBER);
  if (blockedReason?.code === 'badDate') return t('importBlockedBadDate', blockedReason.date);
  if (blockedReason?.code === 'unsafeUrl') return t('importBlockedUnsafeUrl', blockedReason.item, blockedReason.url);
  return blocked ?? '';
}
