import { browser } from './browser';

/**
 * Asks for the host permission to reach `url`'s site (the sync's repository), within the
 * curator's click: `permissions.request` is called before anything is awaited. Resolves false
 * when the curator declines or the address is not http(s).
 */
export function requestOriginAccess(url: string): Promise<boolean> {
  let origin: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return Promise.resolve(false);
    origin = `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return Promise.resolve(false);
  }
  return browser.permissions.request({ origins: [origin] });
}
