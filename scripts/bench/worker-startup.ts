import type { BrowserContext, CDPSession } from 'playwright-core';
import { workerSpy } from './worker-spy';

/** What the extension's service worker did when it started, observed from its first line on. */
export interface WorkerStartup {
  /** Paths (inside the extension) of the scripts it parsed. */
  scripts: string[];
  /** Every extension API, IndexedDB, Cache Storage and fetch call, in order (see workerSpy). */
  calls: string[];
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * A DevTools session with a target attached through a page's session (`flatten: false`):
 * Playwright offers CDP sessions for pages only, and browser-level auto-attach needs the flat
 * protocol, which Playwright's sessions cannot address. Messages travel wrapped.
 */
class TargetSession {
  private next = 1;
  private readonly waiting = new Map<number, (message: Message) => void>();
  private readonly listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();

  constructor(
    private readonly page: CDPSession,
    private readonly sessionId: string,
  ) {
    page.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as Message;
      if (message.id !== undefined) this.waiting.get(message.id)?.(message);
      else for (const listener of this.listeners.get(message.method ?? '') ?? []) listener(message.params ?? {});
    });
  }

  on(method: string, listener: (params: Record<string, unknown>) => void) {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  async send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.next++;
    const reply = new Promise<Message>((resolve) => this.waiting.set(id, resolve));
    await this.page.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await reply;
    this.waiting.delete(id);
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result ?? {};
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Stops the extension's service worker and starts it again under the debugger, paused before
 * its first script runs, to record what its start-up does (see workerSpy). A restart, not the
 * install, is what happens whenever the browser wakes the worker for an event: it runs the
 * worker's top level and nothing else (onInstalled and onStartup do not fire).
 */
export async function observeWorkerStartup(context: BrowserContext, extensionId: string, settleMs = 1000): Promise<WorkerStartup> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const cdp = await context.newCDPSession(page);
  try {
    let status = '';
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const version = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (version) status = version.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    await until(() => status === 'running', 'the service worker to run');

    const attached = new Promise<string>((resolve) =>
      cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
        if (event.targetInfo.type === 'service_worker') resolve(event.sessionId);
      }),
    );
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const worker = new TargetSession(cdp, await attached);

    const scripts: string[] = [];
    let spied = false;
    worker.on('Debugger.scriptParsed', ({ url }) => {
      if (typeof url === 'string' && url.startsWith(`chrome-extension://${extensionId}/`)) scripts.push(new URL(url).pathname.slice(1));
    });
    worker.on('Debugger.paused', () => {
      void (async () => {
        if (!spied) {
          spied = true;
          await worker.send('Runtime.evaluate', { expression: `(${workerSpy.toString()})()` });
        }
        await worker.send('Debugger.resume');
      })();
    });
    // The session outlives the restart, and the debugger's state with it: the new worker pauses
    // before its first script executes.
    await worker.send('Debugger.enable');
    const { breakpointId } = await worker.send('Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' });

    await cdp.send('ServiceWorker.stopAllWorkers');
    await until(() => status === 'stopped', 'the service worker to stop');
    scripts.length = 0;
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
    await until(() => status === 'running', 'the service worker to start again');
    // Anything the top level set going (a promise chain opening the database, say) shows up here.
    await new Promise((resolve) => setTimeout(resolve, settleMs));

    const { result } = (await worker.send('Runtime.evaluate', { expression: 'globalThis.__benchWorkerLog ?? null', returnByValue: true })) as {
      result?: { value?: string[] | null };
    };
    await worker.send('Debugger.removeBreakpoint', { breakpointId });
    await worker.send('Debugger.disable');
    if (!spied || !result?.value) throw new Error('The service worker restarted without pausing: its start-up was not observed.');
    return { scripts: [...new Set(scripts)], calls: result.value };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
