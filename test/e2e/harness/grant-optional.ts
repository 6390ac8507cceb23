import type { Page } from 'puppeteer-core';
import { WAIT_TIMEOUT } from '../../timeouts';

// The `browser` global of the extension page the request runs in.
declare const browser: { permissions: { request(permissions: { permissions?: string[]; origins?: string[] }): Promise<boolean> } };

/**
 * Firefox prefs under which `permissions.request` answers yes without showing its panel (Firefox's
 * own switch for automated tests). Only for tests whose subject comes after the panel.
 */
export const GRANT_WITHOUT_PANEL = { 'extensions.webextOptionalPermissionPrompts': false };

/**
 * Asks for optional permissions from an extension page, from a real click (BiDi input is user
 * input, which `permissions.request` requires), in a launch with GRANT_WITHOUT_PANEL. Resolves
 * with the browser's answer.
 */
export async function grantOptional(extensionPage: Page, wanted: { permissions?: string[]; origins?: string[] }): Promise<boolean> {
  await extensionPage.evaluate((request) => {
    const button = document.createElement('button');
    button.id = 'test-grant-optional';
    button.textContent = 'Grant';
    button.addEventListener('click', () => {
      button.dataset.answer = 'pending';
      browser.permissions.request(request).then(
        (granted) => {
          button.dataset.answer = String(granted);
        },
        (error: Error) => {
          button.dataset.answer = error.message;
        },
      );
    });
    document.body.prepend(button);
  }, wanted);
  await (await extensionPage.waitForSelector('#test-grant-optional'))!.click();
  const answer = await extensionPage.waitForFunction(
    () => {
      const button = document.getElementById('test-grant-optional');
      const value = button?.dataset.answer;
      if (value === undefined || value === 'pending') return null;
      button!.remove();
      return value;
    },
    { timeout: WAIT_TIMEOUT },
  );
  const value = await answer.jsonValue();
  if (value !== 'true' && value !== 'false') throw new Error(`permissions.request failed: ${value}`);
  return value === 'true';
}
