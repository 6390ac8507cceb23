import { checkLink, requestLinkAccess } from '../../../../src/platform/check-link';
import type { LinkHealthDeps } from './link-health-store';

/** One request may take this long before its link shows as "couldn't verify (timeout)". */
const TIMEOUT_MS = 10_000;

/** The link health check on the real browser: its permission prompt and its requests. */
export const browserLinkChecks: LinkHealthDeps = {
  requestAccess: requestLinkAccess,
  checkLink: (url, signal) => checkLink(url, { timeoutMs: TIMEOUT_MS, signal }),
};
