import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one path answers: a status with a small HTML page, or a redirect. */
export type StatusRoute = { status: number; title: string } | { redirect: string; status?: 301 | 302 | 307 | 308 };

export interface StatusServer {
  /** Absolute URL of a served path, e.g. url('/gone') -> http://127.0.0.1:PORT/gone */
  url(path: string): string;
  /** "METHOD /path" of every request so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Like `startServer`, for pages that answer more than 200 or 404: each path gets its status (with
 * a page, so a browser tab can show it and the popup can clip it) or a redirect. Unlisted paths
 * are 404. On 127.0.0.1, which the e2e build's host permissions cover.
 */
export async function startStatusServer(routes: Record<string, StatusRoute>): Promise<StatusServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${request.method} ${pathname}`);
    const route = routes[pathname] ?? { status: 404, title: 'Not found' };
    if ('redirect' in route) {
      response.writeHead(route.status ?? 301, { location: route.redirect });
      response.end();
      return;
    }
    const title = route.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    response.writeHead(route.status, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => new URL(path, `http://127.0.0.1:${port}`).href,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
