// What the parser finds in a Kubelist file (src/core/kubelist parse-*, read-input), worded for
// the import preview and the command line alike.
import { type BrokenLink, FOOTER_FORM, type Gap, HEADING_FORM, type ParseReason } from '../core/kubelist';
import { type MessageKey, t } from './t';
import { urlProblemText } from './url-problem-text';

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

/** A size in the millions of characters (2 MB is the limit), one decimal, no grouping: "3.0", "3,0". */
const size = (chars: number) =>
  (chars / (1024 * 1024)).toLocaleString(t('langCode'), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/** One problem the parser found, as a sentence (without its line). */
export function parseProblemText(reason: ParseReason): string {
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
      return t('parseBadUrl', reason.item, reason.title, urlProblemText(reason.url));
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
  }
}
