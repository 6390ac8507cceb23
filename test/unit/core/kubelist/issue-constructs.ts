// The constructs of the Kubelist format an issue uses, found by parsing it and by looking at its
// lines: what the synthetic issues must cover so the format is tested without the archive.
import { parseIssue } from '../../../../src/core/kubelist';
import { parseProblemText } from '../../../../src/text/parse-problem-text';

/** Every construct the detector knows, each named for what it is in the file (some only new issues use). */
export const CONSTRUCTS = [
  'headlineEndsWithEmoji',
  'headlineWithoutEmoji',
  'introHtmlLink',
  'introEntity',
  'introMultiline',
  'introNonAscii',
  'commentaryEmojiAfterSpace',
  'commentaryEmojiWithoutSpace',
  'commentarySeveralEmoji',
  'commentaryWithoutEmoji',
  'commentaryEmpty',
  'commentaryHardWrapped',
  'commentaryHtmlLink',
  'commentaryEntity',
  'commentaryTrailingSpace',
  'commentaryTrailingTab',
  'commentaryMarkdownLink',
  'emojiWithVariationSelector',
  'titleBalancedBrackets',
  'titleLeadingSpace',
  'titleTrailingSpace',
  'titlePunctuation',
  'titleNonAscii',
  'urlQuery',
  'urlFragment',
  'urlParentheses',
  'urlHttp',
  'tweetOfTheWeekLast',
  'singleItem',
  'footerFirstIssue',
  'footerPublishedException',
] as const;

export type Construct = (typeof CONSTRUCTS)[number];

/**
 * The constructs the 133 published issues use, written down so the synthetic set is checked
 * against them without the archive; with the archive, the test checks this list is still true.
 */
export const ARCHIVE_CONSTRUCTS: readonly Construct[] = CONSTRUCTS.filter(
  (construct) => !['commentaryHtmlLink', 'commentaryEntity', 'commentaryMarkdownLink', 'urlParentheses'].includes(construct),
);

const EMOJI_AT_END = /\p{Extended_Pictographic}\uFE0F?$/u;
const EMOJI_RUN_AT_END = /(?:\p{Extended_Pictographic}\uFE0F?\u200D?)+$/u;
const SEVERAL_EMOJI_AT_END = /(?:\p{Extended_Pictographic}\uFE0F?\u200D?){2,}$/u;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

/** The constructs `text` (one issue file) uses; it must parse without problems. */
export function constructsOf(text: string): Set<Construct> {
  const { issue, problems } = parseIssue(text);
  if (problems.length > 0) throw new Error(`Issue #${issue.number} does not parse cleanly: ${problems.map((p) => parseProblemText(p.reason)).join(' ')}`);
  const found = new Set<Construct>();
  const add = (construct: Construct, when: boolean) => {
    if (when) found.add(construct);
  };
  add(EMOJI_AT_END.test(issue.headline) ? 'headlineEndsWithEmoji' : 'headlineWithoutEmoji', true);
  add('introHtmlLink', /<a href="/.test(issue.intro));
  add('introEntity', ENTITY.test(issue.intro));
  add('introMultiline', issue.intro.includes('\n'));
  add('introNonAscii', /[^\x00-\x7f]/.test(issue.intro));
  for (const { title, url, commentary } of issue.items) {
    const end = commentary.trimEnd();
    add('commentaryEmpty', commentary === '');
    add('commentaryWithoutEmoji', commentary !== '' && !EMOJI_AT_END.test(end));
    // The text before the closing run of emoji ends in a space (`today! 🔊`) or not (`quickly.🎛⚡`).
    const run = EMOJI_RUN_AT_END.exec(end);
    const before = run ? end.slice(0, run.index) : '';
    add('commentaryEmojiAfterSpace', run !== null && /\s$/.test(before));
    add('commentaryEmojiWithoutSpace', run !== null && before !== '' && !/\s$/.test(before));
    add('commentarySeveralEmoji', SEVERAL_EMOJI_AT_END.test(end));
    add('commentaryHardWrapped', commentary.includes('\n'));
    add('commentaryHtmlLink', /<a href="/.test(commentary));
    add('commentaryEntity', ENTITY.test(commentary));
    add('commentaryTrailingSpace', commentary.endsWith(' '));
    add('commentaryTrailingTab', commentary.endsWith('\t'));
    add('commentaryMarkdownLink', /\]\(https?:/.test(commentary));
    add('emojiWithVariationSelector', /\p{Extended_Pictographic}\uFE0F/u.test(commentary + issue.headline));
    add('titleBalancedBrackets', /\[[^\]]*\]/.test(title));
    add('titleLeadingSpace', title.startsWith(' '));
    add('titleTrailingSpace', title.endsWith(' '));
    add('titlePunctuation', /[!&|#*]/.test(title));
    add('titleNonAscii', /[^\x00-\x7f]/.test(title));
    add('urlQuery', url.includes('?'));
    add('urlFragment', url.includes('#'));
    add('urlParentheses', url.includes('('));
    add('urlHttp', url.startsWith('http:'));
  }
  add('tweetOfTheWeekLast', issue.items.at(-1)?.title === 'Tweet of the week');
  add('singleItem', issue.items.length === 1);
  const footer = text.split('\n').at(-1)!;
  add('footerFirstIssue', issue.number === 1 && footer.includes('(kubelist-0.md)'));
  add('footerPublishedException', !footer.includes(`(kubelist-${issue.number - 1}.md)`) && issue.number !== 1);
  return found;
}
