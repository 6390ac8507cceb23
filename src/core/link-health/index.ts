/**
 * The link health check's pure half: which host permissions to ask for, and what the answers
 * mean (ok, dead, redirects to a home page, moved, https available, couldn't verify). The
 * requests themselves are made in src/platform/check-link.ts.
 */

export { httpsVersion, isHomePage, isSameAddress, webUrl } from './addresses';
export { isBotWall } from './bot-wall';
export { classifyLink } from './classify-link';
export { answerText, healthDetail, healthLabel } from './health-text';
export type { HealthStatus, HealthVerdict, LinkHealth, Refusal, UnverifiedWhy } from './link-health';
export { OPTIONAL_HOST_PATTERNS, originPatternsFor, wantsHttpsProbe } from './origin-patterns';
export { type Answered, BOT_WALL_HEADERS, type Failed, type FailureReason, type LinkProbes, type Probe } from './probe';
export { runLimited } from './run-limited';
export { countHealth, summarizeHealth } from './summarize-health';
