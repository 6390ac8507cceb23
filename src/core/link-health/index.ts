/**
 * The link health check's pure half: which host permissions to ask for, and what the answers
 * mean (ok, dead, redirects to a home page, moved, https available, couldn't verify). The
 * requests themselves are made in src/platform/check-link.ts.
 */

export { httpsVersion, isHomePage, isSameAddress, webUrl } from './addresses';
export { answerText } from './answer-text';
export { isBotWall } from './bot-wall';
export { classifyLink } from './classify-link';
export { countHealth } from './count-health';
export type { HealthStatus, HealthVerdict, LinkHealth, Refusal, UnverifiedWhy } from './link-health';
export { OPTIONAL_HOST_PATTERNS, originPatternsFor, wantsHttpsProbe } from './origin-patterns';
export { type Answered, BOT_WALL_HEADERS, type Failed, type FailureReason, type LinkProbes, type Probe } from './probe';
export { runLimited } from './run-limited';
