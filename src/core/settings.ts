import { DEFAULT_WEEKDAY } from './dates';
import { checkFileNamePattern, DEFAULT_FILE_NAME_PATTERN } from './file-name-pattern';
import { DEFAULT_ISSUE_URL_BASE } from './kubelist/layout';

/** The curator's preferences. They live with the data (IndexedDB) and travel in backups. */
export interface Settings {
  /** Shown in the editor's title; the export's heading stays "Kubelist Issue" (the format's own). */
  newsletterName: string;
  /** Issue headings link to base + number. */
  issueUrlBase: string;
  /** 0 = Sunday ... 6 = Saturday: the day issues go out, for the next issue's date. */
  weekday: number;
  /** The last item of every issue, offered by "Add … slot" ('' turns it off). */
  recurringSlot: string;
  /** Put at the end of a new issue's headline ('' for none). */
  headlineEmoji: string;
  /** Ids of title- and URL-cleanup rules the curator turned off. */
  disabledRules: string[];
  /** How a downloaded issue's markdown is named: `{number}` and `{date}` are filled in. */
  fileNamePattern: string;
}

export const DEFAULT_SETTINGS: Settings = {
  newsletterName: 'Kubelist',
  issueUrlBase: DEFAULT_ISSUE_URL_BASE,
  weekday: DEFAULT_WEEKDAY,
  recurringSlot: 'Tweet of the week',
  headlineEmoji: '',
  disabledRules: [],
  fileNamePattern: DEFAULT_FILE_NAME_PATTERN,
};

/** Each setting's name as the Settings section shows it, for messages about them. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  newsletterName: 'newsletter name',
  issueUrlBase: 'issue base URL',
  weekday: 'issue day',
  recurringSlot: 'recurring last item',
  headlineEmoji: 'headline emoji',
  disabledRules: 'cleanup rules',
  fileNamePattern: 'file name pattern',
};

const MAX_TEXT = 200;

/**
 * Settings from stored or imported data, field by field: a field that is missing or of the wrong
 * kind falls back to its default (and is named in `problems`), so bad data never breaks the editor.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: string[] = [];
  const own = (key: keyof Settings) => (Object.hasOwn(source, key) ? source[key] : undefined);
  const text = (key: 'newsletterName' | 'recurringSlot' | 'headlineEmoji', allowEmpty: boolean): string => {
    const value = own(key);
    if (value === undefined) return DEFAULT_SETTINGS[key];
    if (typeof value === 'string' && value.length <= MAX_TEXT && (allowEmpty || value.trim() !== '')) return value.trim();
    problems.push(`${key} is not usable text; the default is used.`);
    return DEFAULT_SETTINGS[key];
  };
  const base = own('issueUrlBase');
  const weekday = own('weekday');
  const rules = own('disabledRules');
  const pattern = own('fileNamePattern');
  const settings: Settings = {
    newsletterName: text('newsletterName', false),
    issueUrlBase: DEFAULT_SETTINGS.issueUrlBase,
    weekday: DEFAULT_SETTINGS.weekday,
    recurringSlot: text('recurringSlot', true),
    headlineEmoji: text('headlineEmoji', true),
    disabledRules: [],
    fileNamePattern: DEFAULT_FILE_NAME_PATTERN,
  };
  if (base !== undefined) {
    if (typeof base === 'string' && /^https?:\/\/[^\s"<>]+$/i.test(base)) settings.issueUrlBase = base;
    else problems.push('issueUrlBase must be an http or https address; the default is used.');
  }
  if (weekday !== undefined) {
    if (Number.isInteger(weekday) && (weekday as number) >= 0 && (weekday as number) <= 6) settings.weekday = weekday as number;
    else problems.push('weekday must be 0 (Sunday) to 6 (Saturday); Wednesday is used.');
  }
  if (rules !== undefined) {
    if (Array.isArray(rules) && rules.every((r) => typeof r === 'string' && r.length < 100)) settings.disabledRules = [...new Set(rules as string[])];
    else problems.push('disabledRules must be a list of rule ids; none are turned off.');
  }
  if (pattern !== undefined) {
    const why = typeof pattern === 'string' ? checkFileNamePattern(pattern) : 'is not text';
    if (why === null) settings.fileNamePattern = pattern as string;
    else problems.push(`fileNamePattern ${typeof pattern === 'string' ? `“${pattern.slice(0, 120)}” ` : ''}${why}; ${DEFAULT_FILE_NAME_PATTERN} is used.`);
  }
  return { settings, problems };
}
