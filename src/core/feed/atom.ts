import type { Issue } from '../issue';
import { feedHtml } from './feed-html';
import { xmlText } from './xml-text';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** What the feed says about the newsletter: all of it from the newsletter's settings, none of it from the clock. */
export interface FeedMeta {
  newsletterName: string;
  /** An issue's address is this followed by its number (the heading's link); a web address or ''. */
  issueUrlBase: string;
  /** Where the feed itself is published, when known (`link rel="self"`). */
  selfUrl?: string;
}

const isWebAddress = (url: string) => /^https?:\/\/[^\s"<>]+$/i.test(url);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The issue's date as RFC 3339 (midnight UTC), or null when it is not a `YYYY-MM-DD` date. */
export function feedDate(date: string): string | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const back = new Date(time);
  if (Number.isNaN(time) || back.getUTCDate() !== Number(match[3]) || back.getUTCMonth() !== Number(match[2]) - 1) return null;
  return `${date}T00:00:00Z`;
}

/**
 * A stable id for everything in the feed: the issue's own address when the newsletter has one
 * (ids never change once readers have them, so they are not derived from anything else), else a
 * `tag:` URI (RFC 4151) of the newsletter's name under a reserved domain.
 */
function idOf(meta: FeedMeta, number: number | null): string {
  if (isWebAddress(meta.issueUrlBase)) return number === null ? meta.issueUrlBase : `${meta.issueUrlBase}${number}`;
  const name = encodeURIComponent(meta.newsletterName.trim().toLowerCase() || 'newsletter');
  return `tag:kubelist-curator.invalid,2020:${name}${number === null ? '' : `/issue/${number}`}`;
}

interface Entry {
  number: number;
  updated: string;
  xml: string;
}

/**
 * Builds an Atom 1.0 feed of published issues in one pass: each issue added becomes its entry's
 * text at once, and only that text is kept, so a caller can read the archive a batch at a time.
 * Entries come out newest first (by number) whatever order they were added in, and the feed's
 * `updated` is the latest entry's. An issue without a valid date is left out and listed.
 */
export function atomFeedWriter(meta: FeedMeta) {
  const entries: Entry[] = [];
  const skipped: number[] = [];
  return {
    add(issue: Issue): void {
      const updated = feedDate(issue.date);
      if (updated === null) {
        skipped.push(issue.number);
        return;
      }
      const id = idOf(meta, issue.number);
      const link = isWebAddress(meta.issueUrlBase) ? `\n    <link rel="alternate" type="text/html" href="${xmlText(id)}"/>` : '';
      const title = `#${issue.number}: ${issue.headline.replace(/\s+/g, ' ').trim()}`;
      entries.push({
        number: issue.number,
        updated,
        xml: [
          '  <entry>',
          `    <id>${xmlText(id)}</id>`,
          `    <title type="text">${xmlText(title)}</title>`,
          `    <updated>${updated}</updated>${link}`,
          `    <content type="html">${xmlText(feedHtml(issue))}</content>`,
          '  </entry>',
        ].join('\n'),
      });
    },
    /** The numbers of issues left out for want of a valid date. */
    skipped: (): readonly number[] => skipped,
    /** The feed's text in parts (a Blob takes them as they are; `join('')` makes the string). */
    parts(): string[] {
      entries.sort((a, b) => b.number - a.number);
      // RFC 3339 strings of one shape compare as their times do.
      // biome-ignore lint/complexity/useMathMinMax: they are strings, which Math.max would make NaN.
      const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '1970-01-01T00:00:00Z');
      const head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<feed xmlns="${ATOM_NAMESPACE}">`,
        `  <id>${xmlText(idOf(meta, null))}</id>`,
        `  <title type="text">${xmlText(meta.newsletterName)}</title>`,
        `  <updated>${updated}</updated>`,
        `  <author><name>${xmlText(meta.newsletterName)}</name></author>`,
        ...(meta.selfUrl && isWebAddress(meta.selfUrl) ? [`  <link rel="self" type="application/atom+xml" href="${xmlText(meta.selfUrl)}"/>`] : []),
        '',
      ].join('\n');
      return [head, ...entries.map((entry) => `${entry.xml}\n`), '</feed>\n'];
    },
  };
}

/** The Atom feed of `issues` as one string (see `atomFeedWriter`). */
export function atomFeed(issues: Iterable<Issue>, meta: FeedMeta): string {
  const writer = atomFeedWriter(meta);
  for (const issue of issues) writer.add(issue);
  return writer.parts().join('');
}
