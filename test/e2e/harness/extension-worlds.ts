import type { BrowserContext, Page } from 'playwright-core';

export interface ScriptWorld {
  /** e.g. "http://127.0.0.1:4321" for the page, "chrome-extension://<id>" for an extension. */
  origin: string;
  /** For an extension's isolated world, the extension's name. */
  name: string;
  /** "default" (the page's own world) or "isolated" (extensions, Playwright's utility world). */
  type: string;
}

export interface WorldWatch {
  /** Every JavaScript world created in the page since the watch started. */
  readonly worlds: ScriptWorld[];
  /** The worlds that belong to one extension: its content scripts or injected functions. */
  ofExtension(extensionId: string): ScriptWorld[];
  detach(): Promise<void>;
}

interface ExecutionContextCreated {
  context: { origin: string; name: string; auxData?: { type?: string } };
}

/**
 * Records, over CDP, each JavaScript world created in `page`. Any code an extension runs in a
 * page (declared content script, `scripting.executeScript`) runs in an isolated world whose
 * origin is `chrome-extension://<id>`, so this tells "the extension touched this page" apart
 * from page scripts without relying on the injected code leaving traces. Call it before
 * `page.goto` so worlds created during load are seen.
 */
export async function watchScriptWorlds(context: BrowserContext, page: Page): Promise<WorldWatch> {
  const session = await context.newCDPSession(page);
  const worlds: ScriptWorld[] = [];
  session.on('Runtime.executionContextCreated', (event: ExecutionContextCreated) => {
    const { origin, name, auxData } = event.context;
    worlds.push({ origin, name, type: auxData?.type ?? 'unknown' });
  });
  await session.send('Runtime.enable');
  return {
    worlds,
    ofExtension: (extensionId) => worlds.filter((world) => world.origin === `chrome-extension://${extensionId}`),
    detach: () => session.detach(),
  };
}
