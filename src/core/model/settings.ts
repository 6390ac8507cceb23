import { DEFAULT_WEEKDAY } from '../dates';
import { checkFileNamePattern, DEFAULT_FILE_NAME_PATTERN } from '../file-name-pattern';
import { DEFAULT_ISSUE_URL_BASE } from '../kubelist/layout';
import { DEFAULT_TEMPLATE_ID } from '../templates/builtin-templates';
import { copyTemplates, type Template, templateList } from '../templates/template';
import { type Check, id, oneOf, text, wholeNumber } from './checks';
import { contentField, type Field } from './field';
import { copySections, type Section, sectionList } from './section-list';
import { kindOf } from './value-kind';

/** A setting: its check, its default (the `fallback` of any field) and how a valid value is tidied before it is kept. */
export type SettingField<T> = Field<T, 'content'> & { readonly fallback: T; readonly tidy?: (value: T) => T };

const setting = <T>(check: Check, fallback: T, tidy?: (value: T) => T): SettingField<T> => ({ ...contentField<T>(check, fallback), ...(tidy ? { tidy } : {}) });

/** Settings are short: a name, an address, an emoji. */
const MAX_SETTING_TEXT = 200;
const MAX_RULE_ID = 100;
const trim = (value: string) => value.trim();

/** Text of at most 200 characters; `blank` refuses one that is only spaces. */
const settingText =
  (allowBlank: boolean): Check =>
  (value) => {
    const problem = text(value);
    if (problem) return problem;
    const written = value as string;
    if (written.length > MAX_SETTING_TEXT) return { code: 'tooLong', max: MAX_SETTING_TEXT };
    return allowBlank || written.trim() !== '' ? null : { code: 'blank' };
  };
const httpAddress: Check = (value) => text(value) ?? (/^https?:\/\/[^\s"<>]+$/i.test(value as string) ? null : { code: 'notHttpAddress' });
const ruleIds: Check = (value) =>
  Array.isArray(value) && value.every((id) => typeof id === 'string' && id.length < MAX_RULE_ID) ? null : { code: 'notRuleList', got: kindOf(value) };
const fileNamePattern: Check = (value) => {
  const problem = text(value);
  if (problem) return problem;
  const why = checkFileNamePattern(value as string);
  return why ? { code: 'badFileNamePattern', why } : null;
};

/** Where a link goes by Ctrl/Cmd+Enter in the popup, the right-click entries and the add-page shortcut. */
export type QuickTarget = 'issue' | 'pool';

/**
 * The curator's preferences, one field each: what it may hold and its default. They live with
 * the data (IndexedDB, `meta`) and travel in backups; storage, restore and the settings section
 * read them through this table, so a new setting is one entry here plus the UI that shows it.
 */
export const SETTINGS_FIELDS = {
  /** Shown in the editor's title; the export's heading stays "Kubelist Issue" (the format's own). */
  newsletterName: setting<string>(settingText(false), 'Kubelist', trim),
  /** Issue headings link to base + number. */
  issueUrlBase: setting<string>(httpAddress, DEFAULT_ISSUE_URL_BASE),
  /** 0 = Sunday ... 6 = Saturday: the day issues go out, for the next issue's date. */
  weekday: setting<number>(wholeNumber(0, 6), DEFAULT_WEEKDAY),
  /**
   * The last item of every issue, offered by "Add … slot" ('' turns it off). The default is not
   * UI text but the newsletter's own: Kubelist is written in English, and 133 of its issues end
   * with an item titled "Tweet of the week" (or "…Week"); a curator working in German still
   * publishes it so, and storage keeps an item of that title last.
   */
  recurringSlot: setting<string>(settingText(true), 'Tweet of the week', trim),
  /** Put at the end of a new issue's headline ('' for none). */
  headlineEmoji: setting<string>(settingText(true), '', trim),
  /** Ids of title- and URL-cleanup rules the curator turned off. */
  disabledRules: setting<string[]>(ruleIds, [], (ids) => [...new Set(ids)]),
  /** How a downloaded issue's markdown is named: `{number}` and `{date}` are filled in. */
  fileNamePattern: setting<string>(fileNamePattern, DEFAULT_FILE_NAME_PATTERN),
  /** Where the quick ways in put a link: the draft ("Add to issue") or the pool ("Save for later"). */
  quickTarget: setting<QuickTarget>(oneOf(['issue', 'pool']), 'issue'),
  /** The curator's own templates (copies of built-ins, edited); the built-ins are not stored. */
  templates: setting<Template[]>(templateList, [], copyTemplates),
  /**
   * The issue's sections in the order the editor and the export show them ([] for none, as
   * Kubelist has). Items name theirs (`section`), so a renamed section is renamed on its items too.
   */
  sections: setting<Section[]>(sectionList, [], copySections),
  /** The template the editor's export uses: a built-in's id or one of `templates`; Kubelist's by default. */
  exportTemplate: setting<string>(id, DEFAULT_TEMPLATE_ID),
  /**
   * How this curator is named on the items and collected links they add ('' for no name). Personal:
   * it stays in this browser and its backups, never in the newsletter's shared settings (sync).
   */
  yourName: setting<string>(settingText(true), '', trim),
} as const;

type SettingValue<F> = F extends SettingField<infer T> ? T : never;

/** The curator's preferences, as `SETTINGS_FIELDS` declares them. */
export type Settings = { -readonly [K in keyof typeof SETTINGS_FIELDS]: SettingValue<(typeof SETTINGS_FIELDS)[K]> };
export type SettingName = keyof Settings;

/** Every setting at its default. */
export const DEFAULT_SETTINGS: Settings = Object.fromEntries(Object.entries(SETTINGS_FIELDS).map(([name, field]) => [name, field.fallback])) as Settings;
