import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The UI text: English is complete, every other language has exactly its messages and
 * placeholders, and every message the code or the manifest names exists.
 */
const root = join(import.meta.dirname, '../..');

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const read = (locale: string) => JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, Message>;
const locales = readdirSync(join(root, '_locales'));
const english = read('en');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
const code = [...sources('src'), ...sources('popup'), ...sources('options')].map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');

/** Names the code passes to t, tn (plural: its `_other` form) and tParts, and the manifest's `__MSG_x__`. */
const used = new Set([
  ...[...code.matchAll(/\b(t|tParts)\(\s*'([\w@]+)'/g)].map((m) => m[2]!),
  ...[...code.matchAll(/\btn\(\s*'(\w+)'/g)].map((m) => `${m[1]}_other`),
  ...[...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
]);

const placeholderShape = (entry: Message) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
const namesIn = (text: string) => [...new Set([...text.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

describe('locales', () => {
  it('has English and at least one more language, with the manifest defaulting to English', () => {
    expect(locales).toContain('en');
    expect(locales.length).toBeGreaterThan(1);
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });

  it('has every message the code and the manifest use', () => {
    expect([...used].filter((key) => !(key in english))).toEqual([]);
  });

  it('has no English message nothing uses (plural forms other than _other count as used)', () => {
    // A name chosen in an expression (`t(done ? 'saved' : 'saving')`) counts as used when quoted anywhere.
    const quoted = new Set([...code.matchAll(/'(\w+)'/g)].map((m) => m[1]!));
    const unused = Object.keys(english)
      .map((key) => key.replace(/_(zero|one|two|few|many)$/, '_other'))
      .filter((key) => !used.has(key) && !quoted.has(key) && !quoted.has(key.replace(/_other$/, '')) && key !== 'langCode');
    expect(unused).toEqual([]);
  });

  it.each(locales)('%s: every message has text, and each $name$ is a declared placeholder and back', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(namesIn(entry.message), key).toEqual(Object.keys(placeholderShape(entry)).sort());
    }
  });

  it.each(locales.filter((l) => l !== 'en'))('%s: exactly the English messages (plural forms aside), with the same placeholders', (locale) => {
    const other = read(locale);
    const singular = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    expect(Object.keys(other).filter((key) => !(key in english) && !/_(zero|two|few|many)$/.test(key))).toEqual([]);
    expect(Object.keys(english).filter((key) => !(key in other))).toEqual([]);
    for (const [key, entry] of Object.entries(other)) {
      const model = english[key] ?? english[`${singular(key)}_other`]!;
      expect(placeholderShape(entry), `${locale} ${key}`).toEqual(placeholderShape(model));
    }
    expect(other.langCode?.message).toBe(locale.replace('_', '-'));
  });
});
