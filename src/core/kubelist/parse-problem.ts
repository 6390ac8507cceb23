import type { BrokenLink } from './scan-link';
import type { UrlProblem } from './url-policy';

/** Where in the layout one blank line belongs (and was missing, or doubled). */
export type Gap = 'afterHeading' | 'afterHeadline' | 'afterIntro' | 'beforeFooter';

/**
 * What the parser found, as a code and its values; `parseProblemText` (src/text) words it.
 */
export type ParseReason =
  // Reading the input (read-input)
  | { code: 'tooLarge'; chars: number }
  | { code: 'binary' }
  | { code: 'byteOrderMark' }
  | { code: 'lineEndings'; kind: 'crlf' | 'cr' }
  | { code: 'replacementChars' }
  | { code: 'moreReplacementChars'; count: number }
  // Anywhere (parse-cursor)
  | { code: 'moreProblems' }
  | { code: 'unexpectedText'; where: 'betweenItems' | 'beforeFooter'; text: string }
  | { code: 'moreUnexpected' }
  | { code: 'noBlankLine'; gap: Gap }
  | { code: 'blankLines'; count: number; gap: Gap }
  // The issue around the items (parse-issue)
  | { code: 'badHeading' }
  | { code: 'noHeading' }
  | { code: 'badDate'; date: string }
  | { code: 'headingLink'; url: string; expected: string }
  | { code: 'noHeadline' }
  | { code: 'noIntro' }
  | { code: 'blankBeforeItem'; item: number }
  | { code: 'noFooter'; last: { item: number; title: string } | null }
  | { code: 'wrongFooter'; number: number; expected: string }
  | { code: 'lineBreakAfterFooter' }
  | { code: 'textAfterFooter' }
  | { code: 'unreadable'; error: string }
  // One item (parse-item)
  | { code: 'itemMarker'; item: number; marker: string; expected: string }
  | { code: 'noLink'; item: number; expected: string }
  | { code: 'brokenLink'; item: number; title: string; why: BrokenLink['reason'] }
  | { code: 'linkTitleIgnored'; item: number; ignored: string }
  | { code: 'textAfterLink'; item: number; text: string }
  | { code: 'badUrl'; item: number; title: string; url: UrlProblem }
  | { code: 'noBlankAfterTitle'; item: number }
  | { code: 'endsInItem'; item: number }
  | { code: 'noCommentary'; item: number }
  | { code: 'tabIndent'; item: number }
  | { code: 'badIndent'; item: number }
  | { code: 'blankInCommentary'; item: number };

/** Something the curator should know about an imported file; `line` is 1-based. */
export interface ParseProblem {
  line: number;
  reason: ParseReason;
}
