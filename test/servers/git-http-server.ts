import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's `git` package puts the smart-HTTP CGI program. */
const HTTP_BACKEND = execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim();

export interface GitServer {
  /** The repository's clone address, e.g. http://127.0.0.1:PORT/newsletter.git */
  readonly url: string;
  /** The token the server takes as the password (any user name, as forges do for tokens). */
  readonly token: string;
  /** The bare repository on disk, for `git` commands that check what a client pushed. */
  readonly bareDir: string;
  /** "METHOD /path?query → status" of every request so far, in order. */
  readonly requests: string[];
  /** Runs `git` in the bare repository and returns its output (`show main:issues/kubelist-1.md`). */
  git(...args: string[]): string;
  /** From now on, the server holds every request open without answering (a server that never answers). */
  hang(): void;
  close(): Promise<void>;
}

export interface GitServerOptions {
  /** The token to accept; a fixed test token when omitted. */
  token?: string;
  /** The branch a fresh repository's HEAD names; `main` when omitted. */
  branch?: string;
}

/**
 * A real git server for the tests: Debian's `git http-backend` (smart HTTP, the protocol GitHub,
 * GitLab and Gitea speak) behind a small Node bridge on 127.0.0.1, on a fresh bare repository in
 * a temporary folder. The bridge does what a forge's front end does: it turns away requests
 * without the token (401 with a Basic challenge) and hands the rest to the CGI program.
 */
export async function startGitServer(options: GitServerOptions = {}): Promise<GitServer> {
  const token = options.token ?? 'test-token-3f9a';
  const root = mkdtempSync(join(tmpdir(), 'curator-git-'));
  const bareDir = join(root, 'newsletter.git');
  const git = (...args: string[]) => execFileSync('git', ['-C', bareDir, ...args], { encoding: 'utf8' });
  execFileSync('git', ['init', '--quiet', '--bare', `--initial-branch=${options.branch ?? 'main'}`, bareDir]);
  // Pushes over HTTP are refused by default unless the server knows who pushes; the bridge checks the token.
  git('config', 'http.receivepack', 'true');
  const requests: string[] = [];
  let hanging = false;
  const held: ServerResponse[] = [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const log = (status: number) => requests.push(`${request.method} ${url.pathname}${url.search} → ${status}`);
    if (hanging) {
      held.push(response);
      return;
    }
    if (!authorized(request.headers.authorization, token)) {
      log(401);
      response.writeHead(401, { 'www-authenticate': 'Basic realm="newsletter"', 'content-type': 'text/plain' });
      response.end('Authentication required\n');
      return;
    }
    cgi(request, response, url, root).then(log, (error: unknown) => {
      log(500);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/newsletter.git`,
    token,
    bareDir,
    requests,
    git,
    hang: () => {
      hanging = true;
    },
    close: async () => {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function authorized(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

/** Runs `git http-backend` for one request, as a web server runs a CGI program; resolves with the status sent. */
function cgi(request: IncomingMessage, response: ServerResponse, url: URL, root: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(HTTP_BACKEND, 'git-http-backend'), [], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'curator',
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: request.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] } : {}),
        ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
      },
    });
    request.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let status = 200;
    let inBody = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (inBody) {
        response.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      response.writeHead(status, headers);
      inBody = true;
      const rest = head.subarray(end + 4);
      if (rest.length > 0) response.write(rest);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!inBody) {
        reject(new Error(`git http-backend ended (${code}) without a response`));
        return;
      }
      response.end();
      resolve(status);
    });
  });
}
