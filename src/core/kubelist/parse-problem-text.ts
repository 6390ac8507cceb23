import type { Gap, ParseReason } from './parse-problem';
import { urlProblemText } from './url-policy';

/** The heading's and the footer's shape, as the problems about them quote it (the same in every language). */
export const HEADING_FORM = '## [Kubelist Issue #{number} for {YYYY-MM-DD}]({link})';
export const FOOTER_FORM = '### [ << Prev ](…) … [ Next >> ](…)';

const GAPS: Record<Gap, string> = {
  afterHeading: 'after the heading',
  afterHeadline: 'after the headline',
  afterIntro: 'after the intro',
  beforeFooter: 'between the last item and the footer',
};

const BROKEN_LINK: Record<Extract<ParseReason, { code: 'brokenLink' }>['why'], string> = {
  'no-closing-bracket': 'the title has no closing `]`, so the line looks cut off, and there is no URL',
  'no-url': 'the title is not followed by `(url)`, so the item has no URL',
  'cut-off-url': 'the URL has no closing `)`, so the line looks cut off; the URL was not kept',
};

/** The size of a file too large to read, in the millions of characters its problem names. */
export const millionChars = (chars: number) => chars / (1024 * 1024);

/** A parse problem in English, as a sentence. */
export function parseReasonText(reason: ParseReason): string {
  switch (reason.code) {
    case 'tooLarge':
      return `The file is too large to be an issue (${millionChars(reason.chars).toFixed(1)} million characters; the limit is 2 MB), so it was not read.`;
    case 'binary':
      return 'The file contains NUL bytes: it is a binary file (or UTF-16 text), not a Markdown issue, so it was not read.';
    case 'byteOrderMark':
      return 'The file starts with a byte order mark (BOM). It was ignored; the export will not have one, so it will not be byte-identical to this file.';
    case 'lineEndings': {
      const kind = reason.kind === 'crlf' ? 'Windows line endings (CR LF)' : 'old Mac line endings (CR)';
      return `The file uses ${kind} from this line on. They were read as LF; the export uses LF, so it will not be byte-identical to this file.`;
    }
    case 'replacementChars':
      return 'This line contains U+FFFD replacement characters (�): the file was damaged, is binary, or was read with the wrong encoding. The original characters are lost.';
    case 'moreReplacementChars':
      return `${reason.count} more lines contain U+FFFD replacement characters.`;
    case 'moreProblems':
      return 'There are more problems from this line on; only the first ones are listed.';
    case 'unexpectedText':
      return `Unexpected text ${reason.where === 'betweenItems' ? 'between the items' : 'before the footer'} was ignored: “${reason.text}”.`;
    case 'moreUnexpected':
      return 'More unexpected lines follow and were ignored too; this may not be a Kubelist issue.';
    case 'noBlankLine':
      return `Expected a blank line ${GAPS[reason.gap]}.`;
    case 'blankLines':
      return `${reason.count} blank lines ${GAPS[reason.gap]}, where the format has one.`;
    case 'badHeading':
      return `The heading is not in the form “${HEADING_FORM}”.`;
    case 'noHeading':
      return `The issue heading “${HEADING_FORM}” is missing.`;
    case 'badDate':
      return `The issue date “${reason.date}” is not a real date written YYYY-MM-DD.`;
    case 'headingLink':
      return `The heading links to ${reason.url}; the export will link to ${reason.expected}.`;
    case 'noHeadline':
      return 'The headline (a line starting with “#### ”) is missing.';
    case 'noIntro':
      return 'The intro (a paragraph starting with “> ”) is missing.';
    case 'blankBeforeItem':
      return `Blank line before item ${reason.item}; the export has none there.`;
    case 'noFooter': {
      const hint = reason.last ? ` The last item (${reason.last.item}, “${reason.last.title}”) may be cut off.` : '';
      return `The footer (“${FOOTER_FORM}”) is missing: the file may be truncated.${hint}`;
    }
    case 'wrongFooter':
      return `The footer does not link issue ${reason.number}'s neighbours; the export writes “${reason.expected}”.`;
    case 'lineBreakAfterFooter':
      return 'The file ends with a line break after the footer; the export ends right after the footer.';
    case 'textAfterFooter':
      return 'Text after the footer was ignored.';
    case 'unreadable':
      return `The file could not be read completely (${reason.error}).`;
    case 'itemMarker':
      return `Item ${reason.item} starts with “${reason.marker}”; the export writes “${reason.expected}”.`;
    case 'noLink':
      return `Item ${reason.item} has no link: expected “${reason.expected}[title](url)”. Its text was kept as the title; it has no URL.`;
    case 'brokenLink':
      return `Item ${reason.item} “${reason.title}”: ${BROKEN_LINK[reason.why]}.`;
    case 'linkTitleIgnored':
      return `Item ${reason.item}: the link title “${reason.ignored}” after the URL was ignored.`;
    case 'textAfterLink':
      return `Item ${reason.item}: the text after the link was ignored: “${reason.text}”.`;
    case 'badUrl':
      return `Item ${reason.item} “${reason.title}”: ${urlProblemText(reason.url)}. Fix it before exporting.`;
    case 'noBlankAfterTitle':
      return `Item ${reason.item}: expected a blank line between the title and the commentary.`;
    case 'endsInItem':
      return `The file ends inside item ${reason.item}, which looks cut off: it has no commentary.`;
    case 'noCommentary':
      return `Item ${reason.item} has no commentary; the export will write an empty one.`;
    case 'tabIndent':
      return `Item ${reason.item}'s commentary is indented with a tab; the export uses four spaces.`;
    case 'badIndent':
      return `Item ${reason.item}'s commentary should be indented by four spaces; the export will indent it.`;
    case 'blankInCommentary':
      return `Item ${reason.item}: blank lines inside the commentary will be written as indented empty lines.`;
  }
}
