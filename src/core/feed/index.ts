/** The archive as an Atom feed (issue 19): pure, from issues to text. */

export { ATOM_NAMESPACE, atomFeed, atomFeedWriter, type FeedMeta, feedDate } from './atom';
