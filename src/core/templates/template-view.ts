import { trailingEmoji } from '../emoji-suggest/trailing-emoji';
import { exportFileName } from '../export-file-name';
import type { Issue } from '../issue';
import { writeBlock } from '../kubelist/block-text';
import { escapeLinkText } from '../kubelist/escape-title';
import { formatLinkDestination } from '../kubelist/escape-url';
import { COMMENTARY_INDENT, DEFAULT_ISSUE_URL_BASE, INTRO_PREFIX, previousFileName } from '../kubelist/layout';
import { oneLine } from '../kubelist/line-breaks';
import { inSectionOrder, sectionGroups } from '../section-groups';
import { escapeHtml, isWebLink } from './escape-html';
import { inlineHtml } from './inline-html';
import type { TemplateKind } from './template';

/** One item as a template sees it, every text already escaped for the template's kind. */
export interface ItemView {
  /** 1, 2, 3…: the item's place in the issue. */
  n: number;
  title: string;
  url: string;
  /** The blurb as written (markdown), or as inline HTML with its web links (html). */
  blurb: string;
  /** The blurb on one line: its line breaks as spaces. */
  blurbLine: string;
  /** The blurb's lines indented to stay inside a numbered list item (markdown; html: the blurb). */
  blurbIndented: string;
  /** The emoji the blurb ends with, as written. */
  emoji: string;
  first: boolean;
  last: boolean;
}

/** A group of items under a heading: the items with no section have none (`name` ''), and come first. */
export interface SectionView {
  name: string;
  items: ItemView[];
  /** Its first item's `n`: where a numbered list of the section starts. */
  start: number;
}

/** What a template's tags can name. */
export interface TemplateView {
  newsletter: string;
  number: number;
  date: string;
  /** Where the issue is read online: the issue URL base and its number. */
  issueUrl: string;
  headline: string;
  intro: string;
  /** The intro as Kubelist quotes it, every line inside the `> ` block (markdown). */
  introQuoted: string;
  items: ItemView[];
  itemCount: number;
  hasItems: boolean;
  sections: SectionView[];
  previousFile: string;
  nextFile: string;
}

/** What the view needs beside the issue: the newsletter's settings. */
export interface ViewOptions {
  kind: TemplateKind;
  newsletterName: string;
  issueUrlBase?: string;
  /** The newsletter's section names in their order (settings); none: one unnamed section of every item. */
  sections?: readonly string[];
}

/** A link destination for the kind; a non-web address becomes an empty one (the export check refuses such issues anyway). */
const htmlUrl = (url: string) => (isWebLink(url) ? escapeHtml(url) : '');

/**
 * The issue as a template's view: plain data, escaped for the kind (Markdown as Kubelist escapes
 * titles and link destinations; HTML escaped text with only web links), so the engine itself
 * never escapes and a curator's `{{…}}` and `{{{…}}}` write the same safe text.
 */
export function templateView(issue: Issue, options: ViewOptions): TemplateView {
  const html = options.kind === 'html';
  const issueUrl = (options.issueUrlBase ?? DEFAULT_ISSUE_URL_BASE) + issue.number;
  // As formatIssue: a reference definition anywhere (`[25]: /x`) would turn a title's `[25]` into a link.
  const escapeAllBrackets = [issue.intro, ...issue.items.map((item) => item.commentary)].some((text) => text.includes(']:'));
  const text = (value: string) => (html ? escapeHtml(value) : value);
  const names = options.sections ?? [];
  const ordered = inSectionOrder(issue.items, names);
  const items = ordered.map(
    (item, index): ItemView => ({
      n: index + 1,
      title: html ? escapeHtml(oneLine(item.title)) : escapeLinkText(oneLine(item.title), { escapeAllBrackets }),
      url: html ? htmlUrl(item.url) : formatLinkDestination(item.url),
      blurb: html ? inlineHtml(item.commentary) : item.commentary,
      blurbLine: html ? inlineHtml(oneLine(item.commentary)) : oneLine(item.commentary),
      blurbIndented: html ? inlineHtml(item.commentary) : writeBlock(item.commentary, COMMENTARY_INDENT).join('\n'),
      emoji: text(trailingEmoji(item.commentary).join('')),
      first: index === 0,
      last: index === ordered.length - 1,
    }),
  );
  const viewOf = new Map(ordered.map((item, index) => [item, items[index]!]));
  const sections = sectionGroups(ordered, names)
    .filter((group) => group.items.length > 0)
    .map((group): SectionView => {
      const views = group.items.map((item) => viewOf.get(item)!);
      return { name: text(oneLine(group.name)), items: views, start: views[0]!.n };
    });
  return {
    newsletter: text(options.newsletterName),
    number: issue.number,
    date: text(issue.date),
    issueUrl: html ? htmlUrl(issueUrl) : formatLinkDestination(issueUrl),
    headline: text(oneLine(issue.headline)),
    intro: html ? inlineHtml(issue.intro) : issue.intro,
    introQuoted: html ? inlineHtml(issue.intro) : writeBlock(issue.intro, INTRO_PREFIX).join('\n'),
    items,
    itemCount: items.length,
    hasItems: items.length > 0,
    sections,
    previousFile: text(previousFileName(issue.number, issue.date)),
    nextFile: text(exportFileName(issue.number + 1)),
  };
}
