import { bareHost } from '../../../src/core/cleanup/registrable-domain';

/** The site a link is on, as people say it (`kubernetes.io`); '' for an address that is not one. */
export function linkSite(url: string): string {
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return '';
  }
}
