import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBrowserMessages } from '../../../src/platform/i18n';
import { englishMessages } from '../../../src/text/english';
import { t, tn, useMessages } from '../../../src/text/t';

describe('t', () => {
  afterEach(() => useBrowserMessages());

  it('words a message from the source the entry point chose', () => {
    useMessages(englishMessages);
    expect(t('langCode')).toBe('en');
    useMessages((name, subs) => `${name}(${subs.join(',')})`);
    expect(t('langCode')).toBe('langCode()');
  });

  it('picks the plural form by the language of the current source', () => {
    const forms: Record<string, string> = { langCode: 'de', backupItems_one: 'ein Eintrag', backupItems_other: '$1 Einträge' };
    useMessages((name, subs) => (forms[name] ?? '').replace('$1', subs[0] ?? ''));
    expect(tn('backupItems' as never, 1)).toBe('ein Eintrag');
    expect(tn('backupItems' as never, 3)).toBe('3 Einträge');
  });

  it('says what is missing when no entry point chose a source', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/text/t');
    expect(() => fresh.t('langCode')).toThrow(/useMessages/);
  });
});
