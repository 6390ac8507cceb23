/** What the check says about a link, from best to most in need of a look. */
export type HealthStatus = 'ok' | 'https-available' | 'moved' | 'redirect-home' | 'dead' | 'unverified';

export interface LinkHealth {
  status: HealthStatus;
  /** Badge text: "OK", "Dead (404)", "Redirects to home page", "Couldn't verify (timeout)"… */
  label: string;
  /** One plain sentence saying what was seen and what to do. */
  detail: string;
  /** The address to put in the issue instead (moved links, https versions). */
  suggestion?: string;
}
