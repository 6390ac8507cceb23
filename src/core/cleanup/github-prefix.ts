import { isHostOf } from './registrable-domain';
import { contextHost } from './site-match';
import type { TitleRule } from './title-rules';

/** GitHub's repository title: `GitHub - owner/repo` or `GitHub - owner/repo: description`. */
const REPO_TITLE = /^GitHub - (?=[\w.-]+\/[\w.-]+(?::\s|$))/u;

/**
 * `GitHub - owner/repo: description` → `owner/repo: description`. The owner/repo shape is
 * distinctive enough to trust when the URL is unknown; a known non-GitHub URL keeps the title.
 */
export const githubPrefix: TitleRule = {
  id: 'github-prefix',
  apply(title, context) {
    const host = contextHost(context);
    if (host && !isHostOf(host, 'github.com')) return title;
    return title.replace(REPO_TITLE, '');
  },
};
