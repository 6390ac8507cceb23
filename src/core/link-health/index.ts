/**
 * The link health check's pure half: which host permissions to ask for, and what the answers
 * mean (ok, dead, redirects to a home page, moved, https available, couldn't verify). The
 * requests themselves are made in src/platform/check-link.ts.
 */
export { BOT_WALL_HEADERS, type Answered, type Failed, type FailureReason, type LinkProbes, type Probe } from './probe';
export type { HealthStatus, LinkHealth } from './link-health';
export { classifyLink } from './classify-link';
export { isBotWall } from './bot-wall';
export { httpsVersion, isHomePage, isSameAddress, webUrl } from './addresses';
export { OPTIONAL_HOST_PATTERNS, originPatternsFor, wantsHttpsProbe } from './origin-patterns';
export { summarizeHealth } from './summarize-health';
export { runLimited } from './run-limited';
