import type { CheckProblem } from './checks';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, type SettingField, type SettingName, type Settings } from './settings';

/** A setting that could not be used, and why; its default took its place. */
export interface SettingProblem {
  setting: SettingName;
  problem: CheckProblem;
}

const copy = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

/**
 * Settings from stored, restored or typed data, field by field as `SETTINGS_FIELDS` declares
 * them: a field that is missing takes its default; one that fails its check takes its default
 * too, and is named in `problems`, so bad data never breaks the editor. Unknown and inherited keys are ignored.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: SettingProblem[] } {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: SettingProblem[] = [];
  const fields = Object.entries(SETTINGS_FIELDS) as unknown as [SettingName, SettingField<unknown>][];
  const entries = fields.map(([setting, field]) => {
    const name = setting;
    const value = Object.hasOwn(source, name) ? source[name] : undefined;
    if (value === undefined) return [name, copy(DEFAULT_SETTINGS[setting])];
    const problem = field.check(value);
    if (problem) {
      problems.push({ setting, problem });
      return [name, copy(DEFAULT_SETTINGS[setting])];
    }
    return [name, field.tidy ? field.tidy(value) : copy(value)];
  });
  return { settings: Object.fromEntries(entries) as Settings, problems };
}
