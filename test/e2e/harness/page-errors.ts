import type { BrowserContext, ConsoleMessage, WebError } from 'playwright-core';

export interface PageErrors {
  /** One line per error: "<page url>: <message>". */
  readonly messages: string[];
  /** Stops listening (the context may outlive the test that watched it). */
  stop(): void;
}

/**
 * Collects uncaught exceptions and console errors from every page of a context, including
 * pages opened later. Watching the context rather than each page catches errors thrown while
 * a page is still loading, before a test could have attached a per-page listener.
 */
export function watchPageErrors(context: BrowserContext): PageErrors {
  const messages: string[] = [];
  const onWebError = (webError: WebError) => {
    const error = webError.error();
    messages.push(`${webError.page()?.url() ?? '(no page)'}: uncaught ${error.stack ?? error.message}`);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    messages.push(`${message.page()?.url() ?? '(worker)'}: console.error ${message.text()}`);
  };
  context.on('weberror', onWebError);
  context.on('console', onConsole);
  return {
    messages,
    stop() {
      context.off('weberror', onWebError);
      context.off('console', onConsole);
    },
  };
}
