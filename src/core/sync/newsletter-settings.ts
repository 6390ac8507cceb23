import { DEFAULT_SETTINGS, readSettings, type Settings } from '../model';

/**
 * The settings that belong to the newsletter, shared through the repository with every computer
 * and co-curator. The rest (the cleanup rules a curator turned off, how the popup adds) are
 * personal and stay in the browser.
 */
export const NEWSLETTER_SETTINGS = [
  'newsletterName',
  'issueUrlBase',
  'weekday',
  'recurringSlot',
  'headlineEmoji',
  'fileNamePattern',
  'templates',
  'sections',
  'exportTemplate',
] as const;
export type NewsletterSettings = Pick<Settings, (typeof NEWSLETTER_SETTINGS)[number]>;

/** The newsletter's settings out of all of them (or out of a file's text: what does not check takes its default). */
export function newsletterSettings(settings: unknown): NewsletterSettings {
  const all = readSettings(settings).settings;
  return Object.fromEntries(NEWSLETTER_SETTINGS.map((name) => [name, all[name]])) as NewsletterSettings;
}

export const DEFAULT_NEWSLETTER: NewsletterSettings = newsletterSettings(DEFAULT_SETTINGS);
