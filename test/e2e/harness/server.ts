import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArticleServer {
  /** Absolute URL of a served path, e.g. url('/posts/a') -> http://127.0.0.1:PORT/posts/a */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves fixed article pages on 127.0.0.1 (the e2e build's host permissions cover loopback
 * only). Keys are paths, optionally with a query string. Port 0 lets the OS pick a free port, so parallel CI jobs never collide. Anything not
 * listed is a 404, which keeps a test honest about what it loads.
 */
export async function startServer(pages: Record<string, string>): Promise<ArticleServer> {
  const server = createServer((request, response) => {
    // Match the exact path with its query first (articles may carry utm_ parameters), then
    // the bare path.
    const { pathname, search } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const html = pages[pathname + search] ?? pages[pathname];
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => new URL(path, `http://127.0.0.1:${port}`).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Chromium keeps connections alive; without this, close() waits for their timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
