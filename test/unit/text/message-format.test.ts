import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../../src/text/english';
import { formatMessage } from '../../../src/text/message-format';

describe('formatMessage', () => {
  it('fills in placeholders the way Chrome does (the command line and the UI tests rely on it)', () => {
    const messages = { greet: { message: 'Hi $who$, $$5 for $1', placeholders: { WHO: { content: '$2' } } } };
    expect(formatMessage(messages, 'GREET', ['you', 'Ana'])).toBe('Hi Ana, $5 for you');
    expect(formatMessage(messages, 'missing', [])).toBe('');
  });

  it('words the real English messages for Node', () => {
    expect(englishMessages('langCode', [])).toBe('en');
    expect(englishMessages('@@ui_locale', [])).toBe('en');
  });
});
