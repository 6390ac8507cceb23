import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../../src/platform/browser';
import { captureTab } from '../../../src/platform/capture';

afterEach(() => vi.restoreAllMocks());

describe('captureTab', () => {
  it('gives the address’s reason when the browser answers a page it keeps extensions out of with no frame (Firefox on about: pages)', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([null] as never);
    expect(await captureTab(1, 'about:robots')).toEqual({ ok: false, reason: 'Browser pages cannot be read by extensions.' });
    expect(await captureTab(1, 'https://example.com/post')).toEqual({ ok: false, reason: 'The page sent back nothing usable.' });
  });
});
