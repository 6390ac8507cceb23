import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './launch';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const cache = new Map<string, Messages>();
const messagesOf = (locale: string): Messages => {
  if (!cache.has(locale)) cache.set(locale, JSON.parse(readFileSync(join(REPO_ROOT, '_locales', locale, 'messages.json'), 'utf8')) as Messages);
  return cache.get(locale)!;
};

/**
 * A message of `_locales/<locale>/messages.json` as the browser's `i18n.getMessage` words it:
 * named placeholders replaced by their content, then `$1`… by `substitutions`. What a test
 * expects on screen is read from the same files the extension shows, never retyped.
 */
export function localeMessage(locale: string, key: string, ...substitutions: string[]): string {
  const entry = messagesOf(locale)[key];
  if (!entry) throw new Error(`No message ${key} in _locales/${locale}`);
  const named = entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\d)/g, (whole, index: string) => substitutions[Number(index) - 1] ?? whole);
}
