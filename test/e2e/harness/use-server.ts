import { afterAll, beforeAll } from 'vitest';

/**
 * Starts a server (article pages, link statuses, a git repository) before a file's tests and
 * closes it after them. Returns a getter, not the server: it exists only once the hook ran.
 * Registered before `useExtension`, it starts before the browser and closes after it.
 */
export function useServer<Server extends { close(): Promise<void> }>(start: () => Promise<Server>): () => Server {
  let server: Server | undefined;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('The server is not running: use it in a test or in a hook registered after useServer.');
    return server;
  };
}
